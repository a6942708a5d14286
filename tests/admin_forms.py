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
        **_topic_inline_data(skill),
    }
    data.update(changes)
    return data


def _topic_inline_data(skill: Skill) -> dict:
    """The skill page's inline of topics, each row as the admin shows it."""
    topics = list(skill.topics.order_by("order", "name"))
    data = {
        "topics-TOTAL_FORMS": str(len(topics)),
        "topics-INITIAL_FORMS": str(len(topics)),
        "topics-MIN_NUM_FORMS": "0",
        "topics-MAX_NUM_FORMS": "1000",
    }
    for index, topic in enumerate(topics):
        data.update(
            {
                f"topics-{index}-id": str(topic.pk),
                f"topics-{index}-skill": str(skill.pk),
                f"topics-{index}-name": topic.name,
                f"topics-{index}-slug": topic.slug,
                f"topics-{index}-status": topic.status,
                f"topics-{index}-hours": str(topic.hours),
                f"topics-{index}-order": str(topic.order),
            }
        )
    return data
