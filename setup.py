"""Package list only; everything else is in pyproject.toml.

resources/ and translations/ live at the top of the repository but ship inside the
package (collectdesk.resources, collectdesk.translations), which find_packages cannot see.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["collectdesk", "collectdesk.*"])
    + ["collectdesk.resources", "collectdesk.translations"],
)
