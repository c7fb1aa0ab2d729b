"""Call back requests with consent, and the gemeente of each conversation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("gemeente", sa.String(64), nullable=True))
    op.create_table(
        "callback_requests",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sender_id", sa.String(128), nullable=False),
        sa.Column("gemeente", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("preferred_moment", sa.String(200), nullable=True),
        sa.Column("consent", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("route", sa.String(32), nullable=True),
        sa.Column("safety_level", sa.String(8), nullable=False),
        sa.Column("hoge_nood", sa.Boolean(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("due_by", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_callback_requests_sender_id", "callback_requests", ["sender_id"])


def downgrade() -> None:
    op.drop_index("ix_callback_requests_sender_id", table_name="callback_requests")
    op.drop_table("callback_requests")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("gemeente")
