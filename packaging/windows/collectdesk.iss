; CollectDesk installer for Windows (Inno Setup 6.3 or newer).
;
; Built by packaging\build-windows.ps1, which passes four definitions:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=...\packaging\build\dist\CollectDesk
;        /DIconFile=...\packaging\build\icons\collectdesk.ico /DOutputDir=...\packaging\build collectdesk.iss
; AppVersion comes from the package metadata (pyproject.toml), never from this file.
;
; What the user gets:
; - a per-user install WITHOUT administrator rights, in %LOCALAPPDATA%\Programs\CollectDesk ({autopf} in
;   non-administrative mode); the privileges dialog (or /ALLUSERS on the command line) still lets IT install
;   for all users in Program Files;
; - a Start-menu entry, an optional desktop shortcut, and "Launch CollectDesk" at the end;
; - upgrades in place: a running CollectDesk is closed first, the old program folder's _internal\ (Qt and
;   Python DLLs of the previous version) is deleted before the new files are copied, so no stale DLL lingers;
; - the user's data is never touched, neither by an upgrade nor by uninstalling:
;     database and backups   %LOCALAPPDATA%\CollectDesk        (platformdirs user_data_dir)
;     settings               HKEY_CURRENT_USER\Software\CollectDesk   (QSettings)
;     shared-database passwords   Windows Credential Manager (keyring)
;   Therefore NOTHING outside {app} may ever appear in [InstallDelete] or [UninstallDelete]
;   (tests/packaging/test_windows_recipe.py checks it).
; - no file association: report archives are kept inside the database (table generated_report), so there
;   is no CollectDesk file type to open from Explorer.
;
; This file is UTF-8 with a byte order mark (the translated messages need it on every Inno Setup 6).

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is needed (ArchitecturesAllowed=x64compatible). Get it from https://jrsoftware.org/isdl.php
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (build-windows.ps1 reads it from the package metadata)
#endif
#ifndef SourceDir
  #error Pass the PyInstaller bundle folder: ISCC /DSourceDir=...\packaging\build\dist\CollectDesk
#endif
#ifndef IconFile
  #error Pass the icon: ISCC /DIconFile=...\packaging\build\icons\collectdesk.ico
#endif
#ifndef OutputDir
  #define OutputDir "..\build"
#endif

; What the uninstaller says was kept, one block per language (used by UninstalledAll and UninstalledMost
; below). %% is a literal percent sign in Inno Setup messages, %n a line break.
#define KeptEn "Your data was kept, so a new installation finds it again:%n- database and backup copies: %%LOCALAPPDATA%%\CollectDesk%n- settings: HKEY_CURRENT_USER\Software\CollectDesk%n- passwords of shared databases: Windows Credential Manager (CollectDesk)%n%nDelete them by hand only when nobody needs the data any more."
#define KeptIt "I tuoi dati sono stati conservati, così una nuova installazione li ritrova:%n- database e copie di backup: %%LOCALAPPDATA%%\CollectDesk%n- impostazioni: HKEY_CURRENT_USER\Software\CollectDesk%n- password dei database condivisi: Gestione credenziali di Windows (CollectDesk)%n%nEliminali a mano solo quando i dati non servono più a nessuno."
#define KeptPl "Twoje dane zostały zachowane, więc nowa instalacja znajdzie je ponownie:%n- baza danych i kopie zapasowe: %%LOCALAPPDATA%%\CollectDesk%n- ustawienia: HKEY_CURRENT_USER\Software\CollectDesk%n- hasła współdzielonych baz danych: Menedżer poświadczeń systemu Windows (CollectDesk)%n%nUsuń je ręcznie tylko wtedy, gdy dane nie są już nikomu potrzebne."
#define KeptDe "Ihre Daten sind erhalten geblieben, damit eine neue Installation sie wiederfindet:%n- Datenbank und Sicherungskopien: %%LOCALAPPDATA%%\CollectDesk%n- Einstellungen: HKEY_CURRENT_USER\Software\CollectDesk%n- Kennwörter gemeinsamer Datenbanken: Windows-Anmeldeinformationsverwaltung (CollectDesk)%n%nLöschen Sie sie nur dann von Hand, wenn niemand die Daten mehr braucht."

[Setup]
; AppId: NEVER CHANGE THIS GUID. It is how an upgrade finds the previous installation (its folder, its
; install mode, its uninstaller entry); a new GUID would install a second CollectDesk beside the first.
; The doubled brace escapes Inno Setup's constant syntax.
AppId={{361F3A05-B567-47EF-9D93-8E750E2EEC6D}
AppName=CollectDesk
AppVersion={#AppVersion}
AppPublisher=CollectDesk
; Per-user by default, no UAC prompt; the dialog (or /ALLUSERS, /CURRENTUSER) lets IT choose all users.
; An upgrade reuses the mode of the previous install (UsePreviousPrivileges, on by default).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; {autopf} is %LOCALAPPDATA%\Programs in per-user mode and Program Files when installed for all users.
DefaultDirName={autopf}\CollectDesk
DisableProgramGroupPage=yes
; Qt 6 needs Windows 10 1809 or newer; the bundle holds x64 binaries only (Arm64 Windows 11 runs them).
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running CollectDesk (Restart Manager) before its files are replaced; .pyd are DLLs too.
; Qt does not register for restart, so nothing would be restarted: the Launch box on the last page does it.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
SetupIconFile={#IconFile}
; The exe carries the same icon (the spec embeds collectdesk.ico), and it is installed, unlike the .ico.
UninstallDisplayIcon={app}\CollectDesk.exe
UninstallDisplayName=CollectDesk
WizardStyle=modern
ShowLanguageDialog=auto
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=CollectDesk-{#AppVersion}-windows-x64-setup

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Messages]
; The uninstaller's closing message and its question say that the data stays (see the #define blocks above).
en.ConfirmUninstall=Are you sure you want to remove %1 from this computer?%n%nYour database, its backup copies and your settings are kept.
it.ConfirmUninstall=Vuoi rimuovere %1 da questo computer?%n%nIl database, le sue copie di backup e le impostazioni vengono conservati.
pl.ConfirmUninstall=Czy na pewno chcesz usunąć aplikację %1 z tego komputera?%n%nBaza danych, jej kopie zapasowe i ustawienia zostaną zachowane.
de.ConfirmUninstall=Möchten Sie %1 wirklich von diesem Computer entfernen?%n%nIhre Datenbank, deren Sicherungskopien und Ihre Einstellungen bleiben erhalten.
en.UninstalledAll=%1 was removed from your computer.%n%n{#KeptEn}
it.UninstalledAll=%1 è stato rimosso dal computer.%n%n{#KeptIt}
pl.UninstalledAll=Aplikacja %1 została usunięta z komputera.%n%n{#KeptPl}
de.UninstalledAll=%1 wurde von Ihrem Computer entfernt.%n%n{#KeptDe}
en.UninstalledMost=%1 uninstall complete.%n%nSome elements could not be removed. These can be removed manually.%n%n{#KeptEn}
it.UninstalledMost=Disinstallazione di %1 completata.%n%nAlcuni elementi non possono essere rimossi. Dovranno essere rimossi manualmente.%n%n{#KeptIt}
pl.UninstalledMost=Dezinstalacja aplikacji %1 zakończyła się.%n%nNiektóre elementy nie mogły zostać usunięte. Należy usunąć je samodzielnie.%n%n{#KeptPl}
de.UninstalledMost=Entfernen von %1 beendet.%n%nEinige Komponenten konnten nicht entfernt werden. Diese können von Ihnen manuell gelöscht werden.%n%n{#KeptDe}

[CustomMessages]
; The shortcut's tooltip. CreateDesktopIcon, AdditionalIcons and LaunchProgram come translated with Inno Setup.
en.AppComment=Workbench of the collections supervisor
it.AppComment=Postazione di lavoro del supervisore del recupero crediti
pl.AppComment=Stanowisko pracy kierownika zespołu windykacji
de.AppComment=Arbeitsplatz der Inkasso-Teamleitung

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files: the previous version's _internal\ goes first, so DLLs of an older
; Qt or Python that the new bundle no longer has cannot linger and be loaded. Only {app} is ever named here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller one-folder bundle: CollectDesk.exe and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CollectDesk"; Filename: "{app}\CollectDesk.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\CollectDesk"; Filename: "{app}\CollectDesk.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\CollectDesk.exe"; Description: "{cm:LaunchProgram,CollectDesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Uninstalling removes the program folder and nothing else: files Python or Qt may have left inside it
; (a __pycache__ under _internal\) would otherwise keep {app} from going away. The user's database,
; settings and passwords (see the top of this file) are never listed here.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
