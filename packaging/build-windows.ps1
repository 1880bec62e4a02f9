#Requires -Version 5.1
<#
.SYNOPSIS
    Builds the CollectDesk installer for Windows in one command.

.DESCRIPTION
    From the repository root, in Windows PowerShell 5.1 or PowerShell 7:

        powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1

    Needs Python 3.11 (64-bit, with the py launcher) and Inno Setup 6.3 or newer; both are checked first.
    Steps, each stopping the build with a clear message when it fails:
      1. packaging\build\venv: a fresh venv, `pip install <repository>` (not editable) and PyInstaller
      2. the version from the package metadata (collectdesk.__version__), the only place it is written
      3. packaging\make_icons.py -> packaging\build\icons (collectdesk.ico among them)
      4. PyInstaller on packaging\collectdesk.spec -> packaging\build\dist\CollectDesk\CollectDesk.exe
      5. the bundle's own self-test (CollectDesk.exe --self-test), report printed
      6. Inno Setup on packaging\windows\collectdesk.iss -> packaging\build\CollectDesk-VERSION-windows-x64-setup.exe
    and prints the installer's path, the bundle's size and the time taken.

    This file is ASCII on purpose: Windows PowerShell 5.1 reads a script without a byte order mark as ANSI.

.PARAMETER SelfTestTimeoutSeconds
    How long the bundle's self-test may run before the build gives up on it (default 900).
#>
[CmdletBinding()]
param(
    [int]$SelfTestTimeoutSeconds = 900
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$Stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
$RepoRoot = Split-Path -Parent $PSScriptRoot
$BuildDir = Join-Path $RepoRoot 'packaging\build'
$VenvDir = Join-Path $BuildDir 'venv'
$VenvPython = Join-Path $VenvDir 'Scripts\python.exe'
$VenvPyInstaller = Join-Path $VenvDir 'Scripts\pyinstaller.exe'
$IconDir = Join-Path $BuildDir 'icons'
$IconFile = Join-Path $IconDir 'collectdesk.ico'
$WorkDir = Join-Path $BuildDir 'work'
$DistDir = Join-Path $BuildDir 'dist'
$BundleDir = Join-Path $DistDir 'CollectDesk'
$BundleExe = Join-Path $BundleDir 'CollectDesk.exe'
$SelfTestReport = Join-Path $BuildDir 'self-test-report.txt'
$SpecFile = Join-Path $RepoRoot 'packaging\collectdesk.spec'
$IssFile = Join-Path $RepoRoot 'packaging\windows\collectdesk.iss'
$MakeIcons = Join-Path $RepoRoot 'packaging\make_icons.py'
# The spec is written for PyInstaller 6; 6.22 is the release the project's packaging was checked with.
$PyInstallerRequirement = 'pyinstaller>=6.22,<7'

function Write-Step([string]$Text) {
    Write-Host ''
    Write-Host "==> $Text" -ForegroundColor Cyan
}

function Stop-Build([string]$Text) {
    Write-Host ''
    Write-Host "build-windows: $Text" -ForegroundColor Red
    exit 1
}

# Any error the script did not foresee still ends as one readable line and exit code 1.
trap {
    Write-Host ''
    Write-Host "build-windows: $($_.Exception.Message)" -ForegroundColor Red
    Write-Host $_.InvocationInfo.PositionMessage
    exit 1
}

function Invoke-Native {
    <# Runs a program and stops the build unless it exits with 0. Its stderr is not an error by itself:
       pip and PyInstaller log there, and Windows PowerShell would turn each line into an error record
       under 'Stop' in some hosts. The exit code decides. #>
    param([string]$What, [string]$FilePath, [string[]]$Arguments)
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        & $FilePath @Arguments | Out-Host
        $code = $LASTEXITCODE
    } finally {
        $ErrorActionPreference = $saved
    }
    if ($code -ne 0) {
        Stop-Build "$What failed (exit code $code)."
    }
}

function Get-NativeOutput {
    <# Runs a program and returns its exit code and its standard output (trimmed) without stopping. #>
    param([string]$FilePath, [string[]]$Arguments)
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        $lines = & $FilePath @Arguments
        $code = $LASTEXITCODE
    } finally {
        $ErrorActionPreference = $saved
    }
    return [pscustomobject]@{ ExitCode = $code; Output = ((@($lines) -join "`n").Trim()) }
}

function Find-InnoSetupCompiler {
    $onPath = Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue
    if ($onPath) {
        return $onPath.Path
    }
    # Inno Setup 6 installs for all users under Program Files (x86), or per user under LOCALAPPDATA.
    $candidates = @()
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if ($base) { $candidates += Join-Path $base 'Inno Setup 6\ISCC.exe' }
    }
    if ($env:LOCALAPPDATA) { $candidates += Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe' }
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    return $null
}

# Work from packaging\build: in the repository root, `import collectdesk` (PyInstaller's helper processes
# among them) could find the source tree instead of the installed package. Every path here is absolute.
$null = New-Item -ItemType Directory -Force -Path $BuildDir
Set-Location -LiteralPath $BuildDir
# A PYTHONPATH or PYTHONHOME left in the environment would mix other packages into the bundle.
Remove-Item -Path 'Env:PYTHONPATH', 'Env:PYTHONHOME' -ErrorAction SilentlyContinue

# --- 0. Prerequisites, checked before anything long starts ------------------------------------------
Write-Step 'Checking Python 3.11 and Inno Setup 6'
if (-not (Get-Command 'py' -ErrorAction SilentlyContinue)) {
    Stop-Build ("The Python launcher 'py' was not found. Install Python 3.11 (Windows installer (64-bit)) " +
        "from https://www.python.org/downloads/windows/ with 'py launcher' ticked, then run this again.")
}
$probe = Get-NativeOutput 'py' @('-3.11', '-c', 'import platform, sys; print(sys.version.split()[0], platform.machine())')
if ($probe.ExitCode -ne 0 -or -not $probe.Output) {
    Stop-Build ("Python 3.11 was not found by 'py -3.11' (py -0 lists what is installed). Install Python 3.11 " +
        "(64-bit) from https://www.python.org/downloads/windows/. 3.11 exactly: the project pins PySide6 6.11 " +
        "there, because PySide6 6.12 crashes on Python 3.11.")
}
$pythonVersion, $pythonMachine = $probe.Output -split '\s+', 2
if ($pythonMachine -ne 'AMD64') {
    Stop-Build "py -3.11 is a $pythonMachine Python ($pythonVersion); the installer is for x64, so install the 64-bit (x64) Python 3.11."
}
Write-Host "Python $pythonVersion ($pythonMachine)"

$Iscc = Find-InnoSetupCompiler
if (-not $Iscc) {
    Stop-Build ("Inno Setup 6 was not found (ISCC.exe on PATH, in '${env:ProgramFiles(x86)}\Inno Setup 6' or in " +
        "'$env:LOCALAPPDATA\Programs\Inno Setup 6'). Install Inno Setup 6.3 or newer: " +
        "'winget install --id JRSoftware.InnoSetup -e', or the installer from https://jrsoftware.org/isdl.php " +
        "(no administrator rights needed when you install it for yourself only). Then run this again.")
}
$isccVersion = $null
if ([version]::TryParse(((Get-Item -LiteralPath $Iscc).VersionInfo.ProductVersion -replace '[^0-9.].*$', ''), [ref]$isccVersion)) {
    if ($isccVersion -lt [version]'6.3') {
        Stop-Build "Inno Setup $isccVersion is too old ($Iscc): the installer script needs 6.3 or newer (x64compatible)."
    }
}
Write-Host "Inno Setup compiler: $Iscc"

foreach ($needed in @($SpecFile, $IssFile, $MakeIcons)) {
    if (-not (Test-Path -LiteralPath $needed -PathType Leaf)) { Stop-Build "Missing $needed." }
}

# --- 1. Build venv ------------------------------------------------------------------------------------
Write-Step "Creating the build venv in $VenvDir"
Invoke-Native 'Creating the venv' 'py' @('-3.11', '-m', 'venv', '--clear', $VenvDir)
# -I (isolated): neither the current folder nor PYTHON* variables can put a source checkout on sys.path.
Invoke-Native 'Upgrading pip' $VenvPython @('-I', '-m', 'pip', 'install', '--upgrade', 'pip')
# setuptools builds in <repository>\build; files deleted from the sources since the last build would stay
# there and end up in the wheel. The folder is a throwaway (git-ignored).
$staleSetuptoolsBuild = Join-Path $RepoRoot 'build'
if (Test-Path -LiteralPath $staleSetuptoolsBuild) {
    Remove-Item -LiteralPath $staleSetuptoolsBuild -Recurse -Force
}
Write-Step 'Installing CollectDesk (not editable) and PyInstaller into the venv'
Invoke-Native 'pip install' $VenvPython @('-I', '-m', 'pip', 'install', $RepoRoot, $PyInstallerRequirement)

# --- 2. Version, from the package metadata --------------------------------------------------------------
$versionRun = Get-NativeOutput $VenvPython @('-I', '-c', 'import collectdesk; print(collectdesk.__version__)')
$Version = $versionRun.Output
if ($versionRun.ExitCode -ne 0 -or -not $Version -or $Version.StartsWith('0+unknown')) {
    Stop-Build "Could not read the version from the installed package (got '$Version')."
}
if ($Version -notmatch '^[0-9A-Za-z.+!-]+$') {
    Stop-Build "The version '$Version' cannot be part of a file name."
}
Write-Host "CollectDesk version $Version"

# --- 3. Icons -----------------------------------------------------------------------------------------
Write-Step "Rendering the icons into $IconDir"
Invoke-Native 'make_icons.py' $VenvPython @($MakeIcons, $IconDir)
if (-not (Test-Path -LiteralPath $IconFile -PathType Leaf)) { Stop-Build "make_icons.py did not write $IconFile." }

# --- 4. PyInstaller -------------------------------------------------------------------------------------
Write-Step 'Freezing the app with PyInstaller (a few minutes)'
$env:COLLECTDESK_ICON_DIR = $IconDir
Invoke-Native 'PyInstaller' $VenvPyInstaller @('--noconfirm', '--clean', '--distpath', $DistDir, '--workpath', $WorkDir, $SpecFile)
if (-not (Test-Path -LiteralPath $BundleExe -PathType Leaf)) { Stop-Build "PyInstaller did not produce $BundleExe." }

# --- 5. The bundle's self-test ------------------------------------------------------------------------
Write-Step 'Running the bundle''s self-test (offscreen, temporary database)'
if (Test-Path -LiteralPath $SelfTestReport) { Remove-Item -LiteralPath $SelfTestReport -Force }
# The exe is windowed (no console), so its report goes to a file. Start-Process -Wait has no time limit:
# WaitForExit with one keeps a hung self-test from hanging the build for ever.
$selfTest = Start-Process -FilePath $BundleExe -ArgumentList "--self-test --self-test-report `"$SelfTestReport`"" `
    -WorkingDirectory $BuildDir -PassThru
$null = $selfTest.Handle  # keeps the process handle, so ExitCode is still readable after the exit (PowerShell 5.1)
if (-not $selfTest.WaitForExit($SelfTestTimeoutSeconds * 1000)) {
    try { $selfTest.Kill() } catch { Write-Host "Could not stop the self-test: $($_.Exception.Message)" }
    Stop-Build "The self-test did not finish within $SelfTestTimeoutSeconds s (-SelfTestTimeoutSeconds to allow more)."
}
$selfTest.WaitForExit()
$selfTestExit = $selfTest.ExitCode
if (Test-Path -LiteralPath $SelfTestReport -PathType Leaf) {
    Get-Content -LiteralPath $SelfTestReport -Encoding UTF8 | Out-Host
} else {
    Write-Host "(the self-test wrote no report to $SelfTestReport)"
}
if ($selfTestExit -ne 0) {
    Stop-Build "The bundle's self-test failed (exit code $selfTestExit); the installer was not built. Report: $SelfTestReport"
}

# --- 6. Installer ---------------------------------------------------------------------------------------
Write-Step 'Compiling the installer with Inno Setup'
# The name the .iss gives it (OutputBaseFilename=CollectDesk-{#AppVersion}-windows-x64-setup).
$Installer = Join-Path $BuildDir "CollectDesk-$Version-windows-x64-setup.exe"
if (Test-Path -LiteralPath $Installer) { Remove-Item -LiteralPath $Installer -Force }
Invoke-Native 'Inno Setup (ISCC)' $Iscc @(
    "/DAppVersion=$Version",
    "/DSourceDir=$BundleDir",
    "/DIconFile=$IconFile",
    "/DOutputDir=$BuildDir",
    $IssFile
)
if (-not (Test-Path -LiteralPath $Installer -PathType Leaf)) { Stop-Build "Inno Setup did not produce $Installer." }

# --- Summary ------------------------------------------------------------------------------------------
$bundleBytes = (Get-ChildItem -LiteralPath $BundleDir -Recurse -File | Measure-Object -Property Length -Sum).Sum
$installerBytes = (Get-Item -LiteralPath $Installer).Length
$elapsed = $Stopwatch.Elapsed
Write-Host ''
Write-Host "Installer:  $Installer" -ForegroundColor Green
Write-Host ('            {0:N1} MB' -f ($installerBytes / 1MB))
Write-Host ('Bundle:     {0} ({1:N1} MB unpacked)' -f $BundleDir, ($bundleBytes / 1MB))
Write-Host ('Time taken: {0}m {1:00}s' -f [math]::Floor($elapsed.TotalMinutes), $elapsed.Seconds)
Write-Host 'The installer is not code-signed: Windows SmartScreen warns on first start (More info > Run anyway).'
exit 0
