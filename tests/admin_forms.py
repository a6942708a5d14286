"""POST data for the admin's change forms, as a browser sends them: every field with its current value."""

from skills.models import Skill


def skill_form_data(skill: Skill, **changes) -> dict:
    data = {
        "name": skill.name,
        "kind": skill.kind,
        "status": skill.status,
        "order": skill.order,
        "last_reviewed": "",
        "summary": skill.summary,
        "body": skill.body,
        "why_it_matters": skill.why_it_matters,
        "what_to_learn": skill.what_to_learn,
        "tools": skill.tools,
        "prerequisites": [],
        **{f"rubric_level_{level}": getattr(skill, f"rubric_level_{level}") for level in range(5)},
        "_save": "Save",
    }
    data.update(changes)
    return data
