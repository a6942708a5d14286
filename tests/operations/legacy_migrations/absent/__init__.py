"""core, progress and accounts did not exist before December 2026: no migrations.

The upgrade test points these apps here while it builds the old layout, so the migration
loader sees them as migrated apps with nothing to run (MIGRATION_MODULES=None would make them
unmigrated, and the loader would add their current models to the historical state).
"""
