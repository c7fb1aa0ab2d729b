"""The first schema: conversations and safety flags.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("sender_id", sa.String(128), primary_key=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("safety_level", sa.String(8), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("hoge_nood", sa.Boolean(), nullable=False),
        sa.Column("handover_requested", sa.Boolean(), nullable=False),
        sa.Column("consent", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "safety_flags",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sender_id", sa.String(128), nullable=False),
        sa.Column("level", sa.String(8), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_safety_flags_sender_id", "safety_flags", ["sender_id"])


def downgrade() -> None:
    op.drop_index("ix_safety_flags_sender_id", table_name="safety_flags")
    op.drop_table("safety_flags")
    op.drop_table("conversations")
