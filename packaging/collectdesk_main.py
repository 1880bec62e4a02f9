"""Entry point of the bundles (packaging/collectdesk.spec): the same as the `collectdesk` command."""

import sys

from collectdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
