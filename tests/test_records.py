"""Reply records never claim a type they do not hold; the typed surface users program against.

A field of a known JSON type is checked when the reply is parsed, required or not: a reply with
a field of the wrong type is an `APIResponseValidationError` carrying the body (the spec, not the
record, is then what needs fixing). Null and absent optional fields read as None; unknown fields
are kept whatever their type.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import a2e
import a2e.types
import a2e_api.models
import a2e_api.types
import httpx
import pytest
from a2e import A2E
from a2e_api.api.talking_photo import TalkingPhotoStartParams
from a2e_api.models import AvatarVideoTask, Balance, TalkingPhotoTask
from a2e_api.types import InvalidRecordError
from conftest import TOKEN, Recorder, envelope

TASK = {"_id": "686770ddbf319f630a1cb3f7", "current_status": "processing"}
VIDEO = {"_id": "686770ddbf319f630a1cb3f7", "status": "process"}


def client_for(recorder: Recorder) -> A2E:
    return A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=0)


def test_a_reply_field_of_the_wrong_json_type_is_a_validation_error_with_the_body() -> None:
    reply = envelope({**VIDEO, "anchor_type": 0}, trace_id="t-21")  # the spec says a string
    recorder = Recorder(httpx.Response(200, json=reply))
    with pytest.raises(a2e.APIResponseValidationError) as caught:
        client_for(recorder).avatar_videos.get(VIDEO["_id"])
    assert "AvatarVideoTask.anchor_type must be str, got int" in str(caught.value)
    assert json.loads(caught.value.body) == reply and caught.value.trace_id == "t-21"
    assert caught.value.operation == "avatar_videos.get"


def test_a_list_of_records_parses_each_one_s_nested_records_too() -> None:
    from a2e_api.models import VoicesLanguage, VoicesOption

    rows = [{"label": "English", "value": "en", "children": [{"label": "US", "value": "en-US"}]}, {"label": "x"}]
    languages = VoicesLanguage.list_from(rows)
    assert [type(child) for child in languages[0].children or []] == [VoicesOption]
    assert languages[0].children[0].value == "en-US" and languages[1].children is None  # type: ignore[index]
    plain = TalkingPhotoTask.list_from([TASK, {**TASK, "_id": "2"}])
    assert [task.id for task in plain] == [TASK["_id"], "2"] and plain[0].to_dict() == TASK
    with pytest.raises(InvalidRecordError, match=re.escape("VoicesOption.value must be str, got int")):
        VoicesLanguage.list_from([{"children": [{"value": 1}]}])
    with pytest.raises(InvalidRecordError, match=re.escape("TalkingPhotoTask.current_status must be str, got nothing")):
        TalkingPhotoTask.list_from([TASK, {"_id": "2"}])


SAMPLES = {str: "x", int: 1, float: 1.5, bool: True, type(None): None, list: [], dict: {}}
"""One value of each JSON type, as json.loads makes them."""


def record_types() -> list[type[a2e_api.types.Record]]:
    found = (getattr(a2e_api.models, name) for name in a2e_api.models.__all__)
    return [kind for kind in found if isinstance(kind, type) and issubclass(kind, a2e_api.types.Record)]


def test_each_record_s_unrolled_check_agrees_with_the_field_table() -> None:
    """The generated `_checked` (one test per field, for speed) accepts exactly what `Record._checked`,
    reading the record's `_required` and `_optional` tables, accepts: every field of every record,
    absent or of each JSON type, the others valid."""
    table_check = a2e_api.types.Record._checked.__func__  # type: ignore[attr-defined]
    for kind in record_types():
        unrolled = kind._checked.__func__ is not table_check  # type: ignore[attr-defined]
        assert unrolled == bool(kind._required or kind._optional), kind.__name__
        valid = {name: SAMPLES[kinds[0]] for name, kinds in kind._required}
        for name, _ in kind._required + kind._optional:
            for value in [*SAMPLES.values(), "absent"]:
                src = {key: field for key, field in valid.items() if key != name}
                src.update({} if value == "absent" else {name: value})
                verdicts = []
                for check in (kind._checked, lambda src, kind=kind: table_check(kind, src)):
                    try:
                        check(src)
                        verdicts.append("accepted")
                    except InvalidRecordError:
                        verdicts.append("refused")
                assert verdicts[0] == verdicts[1], (kind.__name__, name, value, verdicts)
        with pytest.raises(InvalidRecordError):
            kind._checked([valid])


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"duration": "5"}, "TalkingPhotoTask.duration must be int, got str"),
        ({"duration": 5.5}, "TalkingPhotoTask.duration must be int, got float"),
        ({"duration": True}, "TalkingPhotoTask.duration must be int, got bool"),
        ({"result_url": ["https://cdn/x.mp4"]}, "TalkingPhotoTask.result_url must be str, got list"),
        ({"name": {"first": "x"}}, "TalkingPhotoTask.name must be str, got dict"),
    ],
)
def test_optional_fields_are_checked_when_present(fields: dict[str, Any], problem: str) -> None:
    with pytest.raises(InvalidRecordError, match=re.escape(problem)):
        TalkingPhotoTask.from_dict({**TASK, **fields})


def test_null_absent_and_unknown_fields_parse() -> None:
    task = TalkingPhotoTask.from_dict({**TASK, "result_url": None, "brand_new": 7, "also_new": [1, "x"]})
    assert task.result_url is None and task.duration is None
    assert task.additional_properties == {"brand_new": 7, "also_new": [1, "x"]}
    assert Balance.from_dict({"coins": 12, "diamonds": 0.5}).coins == 12  # an integer is a number
    assert AvatarVideoTask.from_dict({**VIDEO, "anchor_type": "1"}).anchor_type == "1"


def test_fields_the_server_always_sends_are_required() -> None:
    with pytest.raises(InvalidRecordError, match=r"Balance\.diamonds must be"):
        Balance.from_dict({"coins": 3})
    quote = {"generationRequestValidated": False}  # A2E's example: no cost, so `coins` stays optional
    recorder = Recorder(httpx.Response(200, json=envelope(quote)))
    assert client_for(recorder).credits.quote(endpoint="/api/v1/talkingPhoto/start", request_body={}).coins is None


def test_a_page_number_or_size_below_one_is_refused_before_sending() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope({"rows": [], "count": 0})))
    client = client_for(recorder)
    with pytest.raises(a2e.ArgumentValueError) as caught:
        client.talking_photo.list(page_size=-1)
    assert caught.value.argument == "page_size"
    with pytest.raises(a2e.ArgumentValueError, match="page"):
        client.gpt_image.list(page=0)
    with pytest.raises(a2e.ArgumentValueError, match="page_size"):
        list(client.talking_photo.list_all(page_size=0))
    assert recorder.requests == []


def test_a_start_takes_its_params_typed_dict_as_keywords() -> None:
    params: TalkingPhotoStartParams = {
        "name": "n",
        "image_url": "https://x/i.jpg",
        "prompt": "p",
        "negative_prompt": "q",
    }
    assert set(TalkingPhotoStartParams.__annotations__) >= {*params, "duration", "webhook_url"}
    recorder = Recorder(httpx.Response(200, json=envelope(TASK)))
    assert client_for(recorder).talking_photo.start(**params).id == TASK["_id"]
    assert recorder.json_body() == params


def test_webhooks_is_an_attribute_of_the_package() -> None:
    from a2e import webhooks

    assert a2e.webhooks is webhooks and callable(a2e.webhooks.verify)
    assert "webhooks" in a2e.__all__


def test_a2e_types_names_every_record_type_and_loads_each_on_first_use() -> None:
    assert set(a2e.types.__all__) == {"NOT_GIVEN", "UNSET", "NotGiven", "Record", "Unset", *a2e_api.models.__all__}
    assert a2e.types.Record is a2e.Record is a2e_api.types.Record and a2e.types.UNSET is a2e.UNSET
    assert a2e.types.NOT_GIVEN is a2e_api.types.NOT_GIVEN and a2e.types.NotGiven is a2e_api.types.NotGiven
    from a2e.types import CompletedTalkingPhotoTask, TalkingPhotoTask

    assert TalkingPhotoTask is a2e_api.models.TalkingPhotoTask and issubclass(CompletedTalkingPhotoTask, a2e.Record)
    with pytest.raises(AttributeError, match="NoSuchRecord"):
        getattr(a2e.types, "NoSuchRecord")  # noqa: B009
    script = """
import sys
import a2e.types
assert not any(name.startswith("a2e_api.models.") for name in sys.modules)
assert a2e.types.Balance.__name__ == "Balance"
assert sorted(name for name in sys.modules if name.startswith("a2e_api.models.")) == ["a2e_api.models.balance"]
"""
    subprocess.run([sys.executable, "-c", script], check=True)
    reached = "import a2e; assert a2e.types.Record is a2e.Record and a2e.types.Balance.__name__ == 'Balance'"
    subprocess.run([sys.executable, "-c", reached], check=True)  # `a2e.types` needs no import of its own
