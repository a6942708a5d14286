"""The migrations of careerguide, skills and pathways before December 2026, frozen.

A database made then has them recorded; the upgrade test builds such a database with them.
MIGRATION_MODULES points the migration loader at them (override_settings) and at no migration
for core, progress and accounts, which did not exist then.
"""

MIGRATION_MODULES = {
    "core": f"{__name__}.absent",
    "careerguide": f"{__name__}.careerguide",
    "skills": f"{__name__}.skills",
    "pathways": f"{__name__}.pathways",
    "progress": f"{__name__}.absent",
    "accounts": f"{__name__}.absent",
}
