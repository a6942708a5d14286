"""CSRF tokens at the end of the page, so that everything before them is the same for every visitor.

    {% load form_tokens %}
    {% collect_form_tokens %}     once, at the top of base.html's body
    <form id="form-step-{{ step.pk }}" ...>{% form_token "form-step" step.pk %}...</form>
    {% form_tokens %}             once, last in base.html's body

A form's token then travels in an <input form="form-step-1"> after the footer, which the browser sends
with that form (and which FormData includes). The page cache (core/page_cache.py) compresses a
stored page once up to its first token and, per response, only the few hundred bytes after it.
A form rendered outside base.html (no {% form_tokens %} to come) gets its token inline, as
{% csrf_token %} would give it.
"""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

PENDING = "form_tokens_pending"


@register.simple_tag(takes_context=True)
def collect_form_tokens(context) -> str:
    context[PENDING] = []
    return ""


@register.simple_tag(takes_context=True)
def form_token(context, *id_parts) -> str:
    """The token of the form whose id is id_parts joined with "-": {% form_token "form-step" step.pk %}."""
    pending = context.get(PENDING)
    if pending is None:
        return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', context.get("csrf_token"))
    pending.append("-".join(str(part) for part in id_parts))
    return ""


def carried(context) -> dict:
    """For an inclusion tag's context, which starts empty: {**form_tokens.carried(context), ...}
    lets its forms' tokens still go to the end of the page."""
    return {PENDING: context[PENDING]} if PENDING in context else {}


@register.simple_tag(takes_context=True)
def form_tokens(context) -> str:
    token = context.get("csrf_token")
    return format_html_join(
        "\n",
        '<input type="hidden" name="csrfmiddlewaretoken" form="{}" value="{}">',
        ((form_id, token) for form_id in context.get(PENDING) or ()),
    )
