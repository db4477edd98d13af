"""The sentences of the ready-to-send messages (:mod:`.messages`), in English and Japanese.

Each entry is a ``str.format`` template; dates, times, zones and name lists are filled in by
:mod:`.messages` through Babel (CLDR). Keys: ``subject.*``, ``prefix.<stage>``, ``greet.*``,
``intro.*`` (new booking), ``update.*``, ``cancel.*``, ``line.*``, ``with*`` and
``hint.<stage>``, where stage is ``new``, ``update`` or ``cancel``.
"""

from __future__ import annotations

__all__ = ["TEXT"]

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "subject.interviewer": "Interview with {candidate}: {when}",
        "subject.candidate": "Your interview: {when}",
        "prefix.update": "Updated: ",
        "prefix.cancel": "Cancelled: ",
        "greet.interviewer": "Hello {name},",
        "greet.candidate": "Dear {name},",
        "intro.interviewer": (
            "You are interviewing {candidate}. All times below are in your time zone "
            "({zone})."
        ),
        "intro.shadow": (
            "You are shadowing the interview of {candidate}. All times below are in your time"
            " zone ({zone})."
        ),
        "intro.candidate": (
            "Thank you for your time. Here is your interview schedule, in your time zone "
            "({zone})."
        ),
        "update.interviewer": (
            "The interview with {candidate} has changed. The current times are below, in your"
            " time zone ({zone})."
        ),
        "update.candidate": (
            "Your interview has changed. The current times are below, in your time zone "
            "({zone})."
        ),
        "cancel.interviewer": (
            "The interview with {candidate} is cancelled. It was planned as below (your time "
            "zone, {zone})."
        ),
        "cancel.candidate": (
            "We are sorry to tell you that your interview is cancelled. It was planned as "
            "below (your time zone, {zone})."
        ),
        "yours": "Your sessions:",
        "panel": "The whole panel:",
        "line.yours": "{when}  {title}{shadowing}{with_}",
        "line.panel": "{when}  {title}: {names}",
        "line.candidate": "{when}  {title}{with_}",
        "with": ", with {names}",
        "with.candidate": ", with {names}",
        "observers": " ({names} observing)",
        "shadowing": " (shadowing)",
        "where": "Where: {location}",
        "notes": "Internal notes (not sent to the candidate):",
        "hint.new": (
            "The invite is attached. Accept it from the e-mail: a later change or "
            "cancellation keeps the same event ID and then replaces it in your calendar. If "
            "you import calendar files instead, delete the old event before importing an "
            "update."
        ),
        "hint.update": (
            "The attached invite replaces the earlier one: it keeps the same event ID with a "
            "higher sequence number. Opening it from the e-mail updates the event in Outlook,"
            " Gmail and Apple Calendar. If you imported the earlier file, delete the old "
            "event first, then import this one, or the interview may show twice."
        ),
        "hint.cancel": (
            "Opening the attached cancellation from the e-mail removes the event in Outlook, "
            "Gmail and Apple Calendar. If you imported the invite as a file, delete the "
            "interview from your calendar by hand."
        ),
    },
    "ja": {
        "subject.interviewer": "面接担当のお願い: {candidate} さん {when}",
        "subject.candidate": "面接日程のご案内: {when}",
        "prefix.update": "【日時変更】",
        "prefix.cancel": "【キャンセル】",
        "greet.interviewer": "{name} さん",
        "greet.candidate": "{name} 様",
        "intro.interviewer": (
            "{candidate} さんの面接を担当していただきます。"
            "時刻はすべてあなたのタイムゾーン（{zone}）で表示しています。"
        ),
        "intro.shadow": (
            "{candidate} さんの面接に見学として参加していただきます。"
            "時刻はすべてあなたのタイムゾーン（{zone}）で表示しています。"
        ),
        "intro.candidate": (
            "面接の日程をご案内いたします。"
            "時刻はすべてお住まいのタイムゾーン（{zone}）で表示しています。"
        ),
        "update.interviewer": (
            "{candidate} さんの面接の日時が変更になりました。"
            "現在の日時は以下のとおりです（あなたのタイムゾーン: {zone}）。"
        ),
        "update.candidate": (
            "面接の日時が変更になりました。"
            "現在の日時は以下のとおりです（お住まいのタイムゾーン: {zone}）。"
        ),
        "cancel.interviewer": (
            "{candidate} さんの面接はキャンセルになりました。"
            "予定されていた日時は以下のとおりです（あなたのタイムゾーン: {zone}）。"
        ),
        "cancel.candidate": (
            "誠に恐れ入りますが、下記の面接はキャンセルとなりました"
            "（お住まいのタイムゾーン: {zone}）。"
        ),
        "yours": "あなたの担当:",
        "panel": "面接全体の予定:",
        "line.yours": "{when} {title}{shadowing}{with_}",
        "line.panel": "{when} {title}（面接官: {names}）",
        "line.candidate": "{when} {title}{with_}",
        "with": "（同席: {names}）",
        "with.candidate": "（面接官: {names}）",
        "observers": "（見学: {names}）",
        "shadowing": "（見学）",
        "where": "場所: {location}",
        "notes": "社内メモ（候補者には送られません）:",
        "hint.new": (
            "招待状（.ics）を添付しています。メールから承諾してください。"
            "今後の日時変更やキャンセルも同じ予定ID（UID）でお送りするため、"
            "カレンダーの予定がそのまま置き換わります。"
            "ファイルをインポートして登録する場合は、"
            "変更のたびに古い予定を削除してからインポートしてください。"
        ),
        "hint.update": (
            "添付の招待状は以前の招待状を置き換えるものです（同じ予定IDで、より新しい版です）。"
            "メールから開くと Outlook、Gmail、Apple カレンダーの予定が更新されます。"
            "以前のファイルをインポートしていた場合は、予定が二重にならないよう"
            "古い予定を削除してから、このファイルをインポートしてください。"
        ),
        "hint.cancel": (
            "添付のキャンセル通知をメールから開くと、"
            "Outlook、Gmail、Apple カレンダーから予定が削除されます。"
            "招待状をファイルとしてインポートしていた場合は、"
            "カレンダーから予定を手動で削除してください。"
        ),
    },
}
