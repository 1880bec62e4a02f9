"""compliance scan fields: debtor region, activity content tags, finding identity and review

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 23:05:00

Adding nullable columns is instant on both databases, also on a 10,000,000-row activity table.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import collectdesk.store.types

revision: str = '0011'
down_revision: Union[str, None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('debtor', schema=None) as batch_op:
        batch_op.add_column(sa.Column('region', sa.String(length=8), nullable=True))
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tags', sa.String(length=400), nullable=True))
    with op.batch_alter_table('compliance_finding', schema=None) as batch_op:
        batch_op.add_column(sa.Column('debtor_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('event_key', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('review', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('review_note', sa.Text(), nullable=True))
        batch_op.alter_column('profile_version', existing_type=sa.String(length=40), type_=sa.String(length=160))
        batch_op.create_foreign_key(batch_op.f('fk_compliance_finding_debtor_id_debtor'), 'debtor', ['debtor_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_compliance_finding_debtor_id'), ['debtor_id'], unique=False)
        batch_op.create_index('ix_compliance_finding_found', ['found_at'], unique=False)
        batch_op.create_index('uq_compliance_finding_rule_event', ['rule_code', 'event_key'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('compliance_finding', schema=None) as batch_op:
        batch_op.drop_index('uq_compliance_finding_rule_event')
        batch_op.drop_index('ix_compliance_finding_found')
        batch_op.drop_index(batch_op.f('ix_compliance_finding_debtor_id'))
        batch_op.drop_constraint(batch_op.f('fk_compliance_finding_debtor_id_debtor'), type_='foreignkey')
        batch_op.alter_column('profile_version', existing_type=sa.String(length=160), type_=sa.String(length=40))
        batch_op.drop_column('review_note')
        batch_op.drop_column('review')
        batch_op.drop_column('event_key')
        batch_op.drop_column('debtor_id')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('tags')
    with op.batch_alter_table('debtor', schema=None) as batch_op:
        batch_op.drop_column('region')
