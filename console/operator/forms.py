"""The console's forms: inbox filters, and the form a manager edits a tool's arguments in, generated from
the tool's own argument schema (pydantic's JSON schema), so every irreversible tool gets a form without
one written for it. The tool's model validates the result again (agents.actions.check_edited_arguments):
these fields are for the person; the schema is the authority.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from agents.models import Escalation
from console.operator.presenters import argument_label

ASSIGNED_CHOICES = [("", "Anyone"), ("mine", "Mine"), ("unassigned", "Unassigned")]
STATUS_CHOICES = [("", "Open + claimed"), ("open", "Open"), ("claimed", "Claimed")]
KIND_CHOICES = [("", "All"), ("escalations", "Escalations"), ("approvals", "Approvals")]
# A string this long or longer is edited in a text area, not a one-line box.
TEXTAREA_FROM_CHARS = 200


class InboxFilterForm(forms.Form):
    kind = forms.ChoiceField(choices=KIND_CHOICES, required=False)
    status = forms.ChoiceField(choices=STATUS_CHOICES, required=False)
    reason = forms.ChoiceField(choices=[("", "Any reason"), *Escalation.Reason.choices], required=False)
    assigned = forms.ChoiceField(choices=ASSIGNED_CHOICES, required=False)
    q = forms.CharField(required=False, max_length=100, strip=True)

    def filters(self) -> dict[str, str]:
        """The valid filters; an invalid value (a stale bookmark) is treated as unset, not an error."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned.get(name) or "" for name in self.fields}


class DecisionForm(forms.Form):
    """What every decision posts: the arguments hash the page showed, so a decision about arguments
    that changed since (another manager's edit) is refused instead of approving what nobody saw."""

    seen_arguments_hash = forms.CharField(max_length=64, widget=forms.HiddenInput)
    reason = forms.CharField(required=False, max_length=2000, widget=forms.Textarea)


# --- the arguments form -----------------------------------------------------------------------------


def _resolved(spec: dict[str, Any]) -> dict[str, Any]:
    """A property's schema with `anyOf` (Optional[...], Decimal's number|string) reduced to its first
    non-null branch, the outer keys (title, description, default) kept."""
    branches = [b for b in spec.get("anyOf") or [] if isinstance(b, dict) and b.get("type") != "null"]
    if not branches:
        return spec
    return {**branches[0], **{k: v for k, v in spec.items() if k != "anyOf"}}


def _form_field(spec: dict[str, Any], *, required: bool) -> forms.Field | None:
    spec = _resolved(spec)
    kind = spec.get("type")
    common: dict[str, Any] = {
        "required": required,
        "label": argument_label(spec.get("title"), "") if spec.get("title") else "",
        "help_text": spec.get("description") or "",
    }
    if "enum" in spec:
        choices = [(str(v), str(v)) for v in spec["enum"]]
        return forms.ChoiceField(choices=([] if required else [("", "—")]) + choices, **common)
    if kind == "integer":
        return forms.IntegerField(min_value=spec.get("minimum"), max_value=spec.get("maximum"), **common)
    if kind == "number":
        return forms.DecimalField(
            min_value=spec.get("minimum"),
            max_value=spec.get("maximum"),
            widget=forms.NumberInput(attrs={"step": "any"}),
            **common,
        )
    if kind == "boolean":
        return forms.BooleanField(**{**common, "required": False})
    if kind == "string":
        limits = {"max_length": spec.get("maxLength"), "min_length": spec.get("minLength")}
        if spec.get("format") == "email":
            return forms.EmailField(**limits, **common)
        if (spec.get("maxLength") or 0) >= TEXTAREA_FROM_CHARS:
            return forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), **limits, **common)
        return forms.CharField(**limits, **common)
    return None  # objects and arrays: shown, carried over unchanged, not edited here


class ArgumentsForm(forms.Form):
    """The editable arguments of one tool call, plus the reason for the edit (required).

    Build with `ArgumentsForm(schema, current, data=request.POST or None)`. Fields are named as the
    tool's arguments under the prefix "arg" (`arg-amount`), so they never meet the decision fields."""

    prefix = "arg"

    def __init__(self, schema: dict[str, Any], current: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.current = dict(current)
        required = set(schema.get("required") or [])
        self.argument_names: list[str] = []
        for name, spec in (schema.get("properties") or {}).items():
            if not isinstance(spec, dict):
                continue
            field = _form_field(spec, required=name in required)
            if field is None:
                continue
            value = current.get(name)
            field.initial = value if value is not None else ""
            field.widget.attrs["data-testid"] = f"edit-field-{name}"
            self.fields[name] = field
            self.argument_names.append(name)

    def edited_arguments(self) -> dict[str, Any]:
        """The arguments to run: the current ones with this form's values over them; a cleared
        optional field is left out (the tool's default applies). Call after is_valid()."""
        edited = dict(self.current)
        for name in self.argument_names:
            value = self.cleaned_data.get(name)
            if value is None or value == "":
                edited.pop(name, None)
            elif isinstance(value, Decimal):
                edited[name] = format(value, "f")  # exact, as the tools' Decimal arguments expect
            else:
                edited[name] = value
        return edited

    def argument_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.argument_names]
