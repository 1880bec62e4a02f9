import sys

from collectdesk.cli import main

sys.exit(main())
