"""account status index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 18:12:00

"""
from typing import Sequence, Union

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index('ix_account_status', ['status'], unique=False)
    # A new index without statistics misleads SQLite's planner (measured at 1M accounts: every queue
    # window went from ~30 ms to ~850 ms until ANALYZE), so refresh them here.
    op.execute("ANALYZE account")


def downgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index('ix_account_status')
