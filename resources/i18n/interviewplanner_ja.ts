<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>カレンダーを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Import .ics files into an interviewer&apos;s busy time</source>
        <translation>.ics ファイルを面接官の予定あり時間として取り込む</translation>
    </message>
    <message>
        <source>&amp;Refresh all calendars</source>
        <translation>すべてのカレンダーを更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch every subscribed calendar again</source>
        <translation>購読しているすべてのカレンダーを取得し直します</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>デモデータを読み込む(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Add interviewer…</source>
        <translation>面接官を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>&amp;Edit interviewer…</source>
        <translation>面接官を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>&amp;Find in roster</source>
        <translation>名簿を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove interviewer…</source>
        <translation>面接官を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected interviewer from the roster</source>
        <translation>選択した面接官を名簿から削除します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected booking&apos;s invites and calendars into a folder</source>
        <translation>選択した予約の招待状とカレンダーをフォルダーに書き出します</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>日時を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Find new times for the selected booking</source>
        <translation>選択した予約の新しい日時を探します</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>予約をキャンセル(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>選択した予約をキャンセルします</translation>
    </message>
    <message>
        <source>&amp;Find times</source>
        <translation>日時を探す(&amp;F)</translation>
    </message>
    <message>
        <source>Find times for the plan on the Plan tab</source>
        <translation>「プラン」タブのプランに合う日時を探します</translation>
    </message>
    <message>
        <source>&amp;Book the selected time…</source>
        <translation>選択した日時を予約(&amp;B)…</translation>
    </message>
    <message>
        <source>Book the proposal selected on the Plan tab</source>
        <translation>「プラン」タブで選択した提案を予約します</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>前の週(&amp;P)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前の週</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>今週(&amp;T)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>次の週(&amp;N)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次の週</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>&amp;Fit the week</source>
        <translation>1 週間を全体表示(&amp;F)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About interviewplanner</source>
        <translation>interviewplanner について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Move the booking</source>
        <translation>予約の移動</translation>
    </message>
    <message>
        <source>Move {name}&apos;s panel to this time?</source>
        <translation>{name} さんのパネルをこの日時に移動しますか？</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>ここに移動(&amp;M)</translation>
    </message>
    <message>
        <source>The invites keep their identity: exported again, they replace the old ones.</source>
        <translation>招待状は同じものとして扱われます。書き出し直すと古い招待状を置き換えます。</translation>
    </message>
    <message>
        <source>Book the panel</source>
        <translation>パネルの予約</translation>
    </message>
    <message>
        <source>Book {name}&apos;s panel at this time?</source>
        <translation>{name} さんのパネルをこの日時で予約しますか？</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>予約(&amp;B)</translation>
    </message>
    <message>
        <source>The time is checked again as it is booked: if someone took it meanwhile, nothing is booked.</source>
        <translation>予約の時点で空き状況をもう一度確認します。その間に他の人が使っていれば予約されません。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Their local date and time</source>
        <translation>現地の日時</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Everyone&apos;s local time</source>
        <translation>全員の現地時刻</translation>
    </message>
    <message>
        <source>{name} (candidate)</source>
        <translation>{name}（候補者）</translation>
    </message>
    <message>
        <source>{name} (shadow)</source>
        <translation>{name}（同席）</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Select a booking to see its sessions, people and history.</source>
        <translation>予約を選ぶと、セッション・参加者・履歴がここに表示されます。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Candidate&apos;s time</source>
        <translation>候補者の現地時間</translation>
    </message>
    <message>
        <source>Candidate&apos;s e-mail</source>
        <translation>候補者のメール</translation>
    </message>
    <message>
        <source>Invites version</source>
        <translation>招待状の版</translation>
    </message>
    <message>
        <source>{number} (SEQUENCE)</source>
        <translation>{number}（SEQUENCE）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>{name} ({time} in {city})</source>
        <translation>{name}（{city} {time}）</translation>
    </message>
    <message>
        <source>Shadowing: {names}</source>
        <translation>同席（見学）: {names}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>日時変更</translation>
    </message>
    <message>
        <source>Restored (undo)</source>
        <translation>復元（元に戻す）</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>{name} による</translation>
    </message>
    <message>
        <source>{state}: {when}</source>
        <translation>{state}: {when}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み込み中…</translation>
    </message>
</context>
<context>
    <name>BookingModel</name>
    <message>
        <source>When ({zone})</source>
        <translation>日時（{zone}）</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補者</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>面接官</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Confirmed (changed)</source>
        <translation>確定（変更あり）</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>⚠ Conflict: find a new time</source>
        <translation>⚠ 競合：新しい時間を探してください</translation>
    </message>
    <message>
        <source>%n conflict(s) with new busy time or rules since booking</source>
        <translation>予約後に、新しい予定またはルールとの競合が %n 件あります</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <source>Fin&amp;d:</source>
        <translation>検索(&amp;D):</translation>
    </message>
    <message>
        <source>Candidate, interviewer or session</source>
        <translation>候補者・面接官・セッション名</translation>
    </message>
    <message>
        <source>Intervie&amp;wer:</source>
        <translation>面接官(&amp;W):</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>表示(&amp;O):</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>今後の予約</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>過去の予約</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Booking details and history</source>
        <translation>予約の詳細と履歴</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the booking&apos;s invites and calendars into a folder, with messages to send</source>
        <translation>予約の招待状とカレンダーをフォルダーに書き出し、送るメッセージを用意します</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>日時を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Find new times for the same panel</source>
        <translation>同じパネルで新しい日時を探します</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>予約をキャンセル(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the booking (Delete); it can be undone</source>
        <translation>予約をキャンセルします（Delete キー）。元に戻せます</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) shown</source>
        <translation>
            <numerusform>%n 件の予約を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>予約のキャンセル</translation>
    </message>
    <message>
        <source>Cancel {name}&apos;s panel on {when}?</source>
        <translation>{when} の {name} さんのパネルをキャンセルしますか？</translation>
    </message>
    <message>
        <source>The interviewers&apos; time becomes free again. Export the booking afterwards and send the cancellation, so that their calendars drop the interviews. You can undo this (Edit → Undo).</source>
        <translation>面接官の時間は再び空きになります。キャンセル後に予約を書き出してキャンセル通知を送ると、各自のカレンダーから面接が消えます。この操作は元に戻せます（編集 → 元に戻す）。</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>予約をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep booking</source>
        <translation>予約を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Cancelled {name}&apos;s panel. Export it to send the cancellation.</source>
        <translation>{name} さんのパネルをキャンセルしました。書き出してキャンセル通知を送ってください。</translation>
    </message>
    <message>
        <source>Undone: {name}&apos;s panel is back as it was (version {number}). Export it again to send the update.</source>
        <translation>元に戻しました: {name} さんのパネルは元の状態です（第 {number} 版）。もう一度書き出して更新を送ってください。</translation>
    </message>
    <message>
        <source>Redone: {name}&apos;s panel changed again (version {number}). Export it again to send the update.</source>
        <translation>やり直しました: {name} さんのパネルを再び変更しました（第 {number} 版）。もう一度書き出して更新を送ってください。</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>メール(&amp;M):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>Jane Doe</source>
        <translation>山田 花子</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Candidate&apos;s time zone</source>
        <translation>候補者のタイムゾーン</translation>
    </message>
    <message>
        <source>Invite lan&amp;guage:</source>
        <translation>招待の言語(&amp;G):</translation>
    </message>
    <message>
        <source>As the company</source>
        <translation>会社の設定に従う</translation>
    </message>
    <message>
        <source>Language of the candidate&apos;s invite</source>
        <translation>候補者への招待の言語</translation>
    </message>
    <message>
        <source>The language of the candidate&apos;s invite and message</source>
        <translation>候補者への招待状とメッセージの言語</translation>
    </message>
    <message>
        <source>Availability, in the candidate&apos;s time</source>
        <translation>候補者の都合（候補者の現地時刻）</translation>
    </message>
    <message>
        <source>&amp;Available (empty: weekdays 08:00–20:00, 09:00–18:00 preferred):</source>
        <translation>都合のよい時間(&amp;A)（空欄なら平日 8:00～20:00、9:00～18:00 を優先）:</translation>
    </message>
    <message>
        <source>Candidate&apos;s available times</source>
        <translation>候補者の都合のよい時間</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>日付(&amp;Y):</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Ad&amp;d</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add this available time</source>
        <translation>この時間を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected available time</source>
        <translation>選択した時間を削除</translation>
    </message>
    <message>
        <source>Or as te&amp;xt:</source>
        <translation>文章で入力(&amp;X):</translation>
    </message>
    <message>
        <source>e.g. Tue 9–12, Wed after 14:00</source>
        <translation>例: 火 9-12、水 14時以降</translation>
    </message>
    <message>
        <source>Availability as text</source>
        <translation>都合を文章で入力</translation>
    </message>
    <message>
        <source>&amp;Use text</source>
        <translation>読み取る(&amp;U)</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s time zone first.</source>
        <translation>先に候補者のタイムゾーンを選んでください。</translation>
    </message>
    <message>
        <source>Nothing in the text falls on the dates searched.</source>
        <translation>検索する期間に当てはまる時間がありません。</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>読み取れなかった部分:</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>{session}, {when}: {why}</source>
        <translation>{session}、{when}：{why}</translation>
    </message>
    <message>
        <source>Find a &amp;new time…</source>
        <translation>新しい時間を探す(&amp;N)…</translation>
    </message>
    <message>
        <source>Search new times for this panel on the Plan tab</source>
        <translation>［計画］タブでこのパネルの新しい時間を探します</translation>
    </message>
    <message>
        <source>Since it was booked, this panel conflicts with new busy time or rules:</source>
        <translation>予約後に、このパネルは新しい予定またはルールと競合しています：</translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message>
        <source>Day</source>
        <translation>何日目</translation>
    </message>
</context>
<context>
    <name>DiagnosisBox</name>
    <message>
        <source>No time fits the plan in these dates.</source>
        <translation>この期間にはプランに合う日時がありません。</translation>
    </message>
    <message>
        <source>No single rule blocks it: the combination does not fit.</source>
        <translation>特定の条件ではなく、組み合わせとして合いません。</translation>
    </message>
    <message>
        <source>Why no time fits</source>
        <translation>日時が見つからない理由</translation>
    </message>
    <message>
        <source>Split over days…</source>
        <translation>複数日に分ける…</translation>
    </message>
    <message>
        <source>Split the panel over several days</source>
        <translation>面接を複数の日に分ける</translation>
    </message>
    <message>
        <source>Search one more week</source>
        <translation>もう 1 週間探す</translation>
    </message>
    <message>
        <source>Let {name} interview outside core hours</source>
        <translation>{name} さんのコアタイム外の面接を許可</translation>
    </message>
    <message>
        <source>Edit {name}…</source>
        <translation>{name} さんを編集…</translation>
    </message>
    <message>
        <source>Anyone from {pool} instead of {name}</source>
        <translation>{name} さんの代わりに {pool} の誰か</translation>
    </message>
    <message>
        <source>Allow different days</source>
        <translation>別々の日を許可</translation>
    </message>
    <message>
        <source>Edit the candidate&apos;s availability</source>
        <translation>候補者の都合を編集</translation>
    </message>
    <message numerus="yes">
        <source>Ask {pool} for %n interviewer(s)</source>
        <translation>
            <numerusform>{pool} から %n 人にする</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>The proposal number</source>
        <translation>候補の番号</translation>
    </message>
    <message>
        <source>The number of proposals</source>
        <translation>候補の数</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>A pool name</source>
        <translation>プール名</translation>
    </message>
    <message>
        <source>The template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <source>The number of days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>There is no interviewer with the e-mail address {key}.</source>
        <translation>メールアドレス {key} の面接官はいません。</translation>
    </message>
    <message>
        <source>Check the address, or add the person to the roster first.</source>
        <translation>アドレスを確認するか、先にその人を名簿に追加してください。</translation>
    </message>
    <message>
        <source>Booking {key} does not exist.</source>
        <translation>予約 {key} は存在しません。</translation>
    </message>
    <message>
        <source>Refresh the list of bookings and choose one that is shown.</source>
        <translation>予約の一覧を更新し、表示されている予約を選んでください。</translation>
    </message>
    <message>
        <source>There is no plan template named “{key}”.</source>
        <translation>「{key}」という名前のプランテンプレートはありません。</translation>
    </message>
    <message>
        <source>Choose a template from the list, or save the plan as a template first.</source>
        <translation>一覧からテンプレートを選ぶか、先にプランをテンプレートとして保存してください。</translation>
    </message>
    <message>
        <source>Calendar source {key} does not exist.</source>
        <translation>カレンダーのソース {key} は存在しません。</translation>
    </message>
    <message>
        <source>It was removed meanwhile: look at the Calendars tab again.</source>
        <translation>その間に削除されました。［カレンダー］タブをもう一度確認してください。</translation>
    </message>
    <message>
        <source>Nobody on the roster is in the pool “{key}”.</source>
        <translation>名簿に「{key}」プールのメンバーがいません。</translation>
    </message>
    <message>
        <source>Check the pool&apos;s name, or add the pool to an interviewer first.</source>
        <translation>プール名を確認するか、先に面接官にプールを追加してください。</translation>
    </message>
    <message>
        <source>The plan in {source} is not valid: “{field}” {problem}.</source>
        <translation>{source} のプランが正しくありません（「{field}」）。</translation>
    </message>
    <message>
        <source>The template “{source}” is not valid: “{field}” {problem}.</source>
        <translation>テンプレート「{source}」が正しくありません（「{field}」）。</translation>
    </message>
    <message>
        <source>The plan of booking {source} is not valid: “{field}” {problem}.</source>
        <translation>予約 {source} のプランが正しくありません（「{field}」）。</translation>
    </message>
    <message>
        <source>The plan is not valid: “{field}” {problem}.</source>
        <translation>プランが正しくありません（「{field}」）。</translation>
    </message>
    <message>
        <source>The interviewer needs a name.</source>
        <translation>面接官の名前がありません。</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>テンプレートの名前がありません。</translation>
    </message>
    <message>
        <source>Correct this and try again.</source>
        <translation>修正してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{kind} “{key}” does not exist.</source>
        <translation>{kind}「{key}」は存在しません。</translation>
    </message>
    <message>
        <source>The flex-time policy does not hold together.</source>
        <translation>フレックスタイムの設定に矛盾があります。</translation>
    </message>
    <message>
        <source>Correct the policy fields and save again.</source>
        <translation>設定の項目を修正して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>{field} “{text}” is not a date.</source>
        <translation>{field}「{text}」は日付ではありません。</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-12-01.</source>
        <translation>2026-12-01 のような形式で日付を入力してください。</translation>
    </message>
    <message>
        <source>The end ({last}) must be after the start ({first}).</source>
        <translation>終了（{last}）は開始（{first}）より後にしてください。</translation>
    </message>
    <message>
        <source>Choose an end later than the start.</source>
        <translation>開始より後の終了を選んでください。</translation>
    </message>
    <message>
        <source>{field} “{text}” is outside the dates the planner works with ({earliest} to {latest}).</source>
        <translation>{field}「{text}」は扱える日付（{earliest}〜{latest}）の範囲外です。</translation>
    </message>
    <message>
        <source>Enter a date in that range.</source>
        <translation>その範囲の日付を入力してください。</translation>
    </message>
    <message>
        <source>The range from {first} to {last} is longer than {days} days.</source>
        <translation>{first} から {last} までの期間は {days} 日を超えています。</translation>
    </message>
    <message>
        <source>Choose a shorter range.</source>
        <translation>もっと短い期間を選んでください。</translation>
    </message>
    <message>
        <source>{field} must be between {minimum} and {maximum}; it is {value}.</source>
        <translation>{field}は {minimum} から {maximum} の間で指定してください（現在 {value}）。</translation>
    </message>
    <message>
        <source>Enter a number in that range.</source>
        <translation>その範囲の数を入力してください。</translation>
    </message>
    <message>
        <source>No time in the chosen range fits this panel.</source>
        <translation>選んだ期間には、このパネルに合う時間がありません。</translation>
    </message>
    <message>
        <source>Widen the date range, add interviewers to the pool or loosen the plan, then search again.</source>
        <translation>期間を広げる、プールに面接官を加える、またはプランの条件を緩めてから、もう一度検索してください。</translation>
    </message>
    <message>
        <source>There are only {count} proposals, so proposal {rank} does not exist.</source>
        <translation>候補は {count} 件しかないため、候補 {rank} はありません。</translation>
    </message>
    <message>
        <source>Search again and choose one of the proposals shown.</source>
        <translation>もう一度検索し、表示された候補から選んでください。</translation>
    </message>
    <message>
        <source>This time is no longer free: someone booked or imported calendars meanwhile.</source>
        <translation>この時間はもう空いていません。その間に誰かが予約したか、カレンダーが取り込まれました。</translation>
    </message>
    <message>
        <source>Nothing was booked. Search for proposals again and choose a new time.</source>
        <translation>予約はされていません。もう一度候補を検索し、新しい時間を選んでください。</translation>
    </message>
    <message>
        <source>Booking {booking_id} is cancelled, so it cannot be moved.</source>
        <translation>予約 {booking_id} はキャンセル済みのため、変更できません。</translation>
    </message>
    <message>
        <source>Book the panel again instead.</source>
        <translation>代わりにパネルをもう一度予約してください。</translation>
    </message>
    <message>
        <source>Booking {booking_id} was cancelled while it was being moved.</source>
        <translation>予約 {booking_id} は変更中にキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing was changed. Book the panel again if it is still needed.</source>
        <translation>何も変更されていません。まだ必要なら、パネルをもう一度予約してください。</translation>
    </message>
    <message>
        <source>Booking {booking_id} is already cancelled.</source>
        <translation>予約 {booking_id} はすでにキャンセルされています。</translation>
    </message>
    <message>
        <source>Nothing needs to be done.</source>
        <translation>何もする必要はありません。</translation>
    </message>
    <message>
        <source>Correct the plan and try again.</source>
        <translation>プランを修正してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>A name is missing.</source>
        <translation>名前がありません。</translation>
    </message>
    <message>
        <source>Enter a name and save again.</source>
        <translation>名前を入力して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>{field} contains an invisible control character ({character}).</source>
        <translation>{field}に目に見えない制御文字（{character}）が含まれています。</translation>
    </message>
    <message>
        <source>Type it again without line breaks or pasted control characters.</source>
        <translation>改行や貼り付けられた制御文字を含めずに入力し直してください。</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {maximum} are allowed.</source>
        <translation>{field}は {length} 文字あります。{maximum} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Shorten it and save again.</source>
        <translation>短くしてから保存し直してください。</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>「{address}」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Enter an address such as name@example.com.</source>
        <translation>name@example.com のような形式でアドレスを入力してください。</translation>
    </message>
    <message>
        <source>{address} already belongs to {owner} ({owner_email}).</source>
        <translation>{address} はすでに {owner}（{owner_email}）のアドレスです。</translation>
    </message>
    <message>
        <source>An address belongs to one interviewer only: remove it there first or use another address.</source>
        <translation>アドレスは 1 人の面接官にしか登録できません。先にそちらから外すか、別のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows.</source>
        <translation>「{zone}」はこのコンピューターが知らないタイムゾーンです。</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type a city to search).</source>
        <translation>一覧からタイムゾーンを選んでください（都市名を入力すると検索できます）。</translation>
    </message>
    <message>
        <source>There is no holiday calendar for the country “{country}”.</source>
        <translation>国「{country}」の祝日カレンダーはありません。</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as JP, US or GB.</source>
        <translation>JP、US、GB のような 2 文字の国コードを使ってください。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>Check the file name and folder, then try again.</source>
        <translation>ファイル名とフォルダーを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Choose a file inside the folder.</source>
        <translation>フォルダーの中のファイルを選んでください。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} を読み込めません。</translation>
    </message>
    <message>
        <source>Check that you may read the file and that no other program holds it, then try again.</source>
        <translation>ファイルを読む権限があり、ほかのプログラムが使っていないことを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is {mebibytes} MiB, more than the {limit_mebibytes} MiB a calendar export may have.</source>
        <translation>{path} は {mebibytes} MiB あり、カレンダーの書き出しの上限 {limit_mebibytes} MiB を超えています。</translation>
    </message>
    <message>
        <source>Export a shorter period from the calendar and import that file.</source>
        <translation>カレンダーから短い期間を書き出し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>{path} is not a plan file (line {line} is not valid JSON).</source>
        <translation>{path} はプランのファイルではありません（{line} 行目が正しい JSON ではありません）。</translation>
    </message>
    <message>
        <source>Save the plan again from the app, or fix the file.</source>
        <translation>アプリからプランを保存し直すか、ファイルを修正してください。</translation>
    </message>
    <message>
        <source>{path} is not an iCalendar (.ics) file.</source>
        <translation>{path} は iCalendar（.ics）ファイルではありません。</translation>
    </message>
    <message>
        <source>Nothing was imported. Export the calendar as an .ics file from Outlook, Google Calendar or Apple Calendar and import that.</source>
        <translation>何も取り込まれていません。Outlook、Google カレンダー、Apple カレンダーから .ics ファイルとして書き出し、それを取り込んでください。</translation>
    </message>
    <message>
        <source>{path} has no event that could be read (the first problem is on line {line}: {reason}).</source>
        <translation>{path} には読み込める予定がありません（最初の問題は {line} 行目）。</translation>
    </message>
    <message>
        <source>Nothing was imported and the earlier import of this file is kept. Export the calendar again and import the new file.</source>
        <translation>何も取り込まれず、このファイルの前回の取り込みはそのまま残っています。カレンダーを書き出し直し、新しいファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The recurring events of {path} need more than the {seconds} seconds an import may spend on them: {count} were left unread (the first on line {line}).</source>
        <translation>{path} の繰り返し予定は、取り込みに使える {seconds} 秒を超える時間がかかります。{count} 件が読み込まれませんでした（最初は {line} 行目）。</translation>
    </message>
    <message>
        <source>Nothing was imported and the earlier import of this file is kept. Export a shorter period from the calendar and import that file.</source>
        <translation>何も取り込まれず、このファイルの前回の取り込みはそのまま残っています。カレンダーから短い期間を書き出し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The invites cannot be written to {path} ({detail}).</source>
        <translation>招待状を {path} に書き込めません。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with enough free space.</source>
        <translation>書き込み権限があり、空き容量が十分なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{name} cannot be removed while interviews are booked for them:</source>
        <translation>{name}さんには予約済みの面接があるため、削除できません:</translation>
    </message>
    <message>
        <source>Cancel those bookings or move them to someone else first, then remove the interviewer.</source>
        <translation>先にそれらの予約をキャンセルするか、ほかの面接官に移してから削除してください。</translation>
    </message>
    <message>
        <source>Booking {booking_id} was changed meanwhile, in another window or by another coordinator.</source>
        <translation>予約 {booking_id} は、その間にほかのウィンドウかほかの担当者によって変更されました。</translation>
    </message>
    <message>
        <source>Nothing was changed. Look at the booking again, then retry.</source>
        <translation>何も変更されていません。予約をもう一度確認してから、やり直してください。</translation>
    </message>
    <message>
        <source>The earlier state of booking {booking_id} was not kept, so this change cannot be undone.</source>
        <translation>予約 {booking_id} の以前の状態は保存されていないため、この変更は元に戻せません。</translation>
    </message>
    <message>
        <source>Change the booking again by hand instead.</source>
        <translation>代わりに、手作業で予約を変更し直してください。</translation>
    </message>
    <message>
        <source>There are no messages in the language “{language}”.</source>
        <translation>言語「{language}」のメッセージはありません。</translation>
    </message>
    <message>
        <source>Choose one of these languages: {supported}.</source>
        <translation>次の言語から選んでください: {supported}。</translation>
    </message>
    <message>
        <source>{key} was changed by {by} at {at}, after you opened it.</source>
        <translation>{key} は、開いた後に {by} さんが {at} に変更しました。</translation>
    </message>
    <message>
        <source>Your changes were not saved. Open it again (it now shows the other changes) and make your change again.</source>
        <translation>変更は保存されていません。もう一度開き（相手の変更が反映されています）、変更をやり直してください。</translation>
    </message>
    <message>
        <source>{when}: {candidate} (booking {booking_id})</source>
        <translation>{when}: {candidate} さん（予約 {booking_id}）</translation>
    </message>
    <message>
        <source>The template “{key}” was changed by {by} at {at}, after you loaded it.</source>
        <translation>テンプレート「{key}」は、読み込んだ後に {by} さんが {at} に変更しました。</translation>
    </message>
    <message>
        <source>Your version was not saved. Load the template again, or save yours under another name.</source>
        <translation>この内容は保存されていません。テンプレートを読み込み直すか、別の名前で保存してください。</translation>
    </message>
    <message>
        <source>another coordinator</source>
        <translation>別のコーディネーター</translation>
    </message>
    <message>
        <source>{field} must be {minimum} or more; it is {value}.</source>
        <translation>{field}は {minimum} 以上にしてください（現在 {value}）。</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the database location in Settings and try again.</source>
        <translation>何も変更されていません。設定でデータベースの場所を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database {where} is busy: another window or program has been writing to it for too long.</source>
        <translation>データベース {where} は使用中です。ほかのウィンドウかプログラムが長い間書き込んでいます。</translation>
    </message>
    <message>
        <source>Nothing was changed. Close the other window or try again in a moment.</source>
        <translation>何も変更されていません。ほかのウィンドウを閉じるか、少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{where} is not an interviewplanner database, or it is damaged.</source>
        <translation>{where} は interviewplanner のデータベースではないか、壊れています。</translation>
    </message>
    <message>
        <source>Open another database file in Settings, or restore a backup.</source>
        <translation>設定で別のデータベースファイルを開くか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>{where} belongs to another program: it holds tables that are not interviewplanner&apos;s.</source>
        <translation>{where} はほかのプログラムのものです。interviewplanner のものではないテーブルがあります。</translation>
    </message>
    <message>
        <source>Choose another database file, or an empty database, in Settings.</source>
        <translation>設定で別のデータベースファイルか、空のデータベースを選んでください。</translation>
    </message>
    <message>
        <source>The database {where} cannot be written: the folder is missing or the file is read-only.</source>
        <translation>データベース {where} に書き込めません。フォルダーがないか、ファイルが読み取り専用です。</translation>
    </message>
    <message>
        <source>Check the database location in Settings and that you may write there.</source>
        <translation>設定でデータベースの場所と、そこへの書き込み権限を確認してください。</translation>
    </message>
    <message>
        <source>The database server for {where} cannot be reached.</source>
        <translation>{where} のデータベースサーバーに接続できません。</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the network and that the server is running, then try again.</source>
        <translation>何も変更されていません。ネットワークとサーバーが動いていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of interviewplanner (schema {found}).</source>
        <translation>データベース {where} は新しいバージョンの interviewplanner で書き込まれています（スキーマ {found}）。</translation>
    </message>
    <message>
        <source>Update the app to open this database.</source>
        <translation>このデータベースを開くには、アプリを更新してください。</translation>
    </message>
    <message>
        <source>“{where}” is not a database file or URL.</source>
        <translation>「{where}」はデータベースのファイルでも URL でもありません。</translation>
    </message>
    <message>
        <source>Check the database location in Settings.</source>
        <translation>設定でデータベースの場所を確認してください。</translation>
    </message>
    <message>
        <source>The database driver for {where} is not installed ({driver}).</source>
        <translation>{where} のデータベースドライバー（{driver}）がインストールされていません。</translation>
    </message>
    <message>
        <source>Install the driver, or choose a database file in Settings.</source>
        <translation>ドライバーをインストールするか、設定でデータベースファイルを選んでください。</translation>
    </message>
    <message>
        <source>Updating the database would leave broken references (in {tables}).</source>
        <translation>データベースを更新すると、参照が壊れてしまいます（{tables}）。</translation>
    </message>
    <message>
        <source>Nothing was changed. Send the log file to support.</source>
        <translation>何も変更されていません。ログファイルをサポートに送ってください。</translation>
    </message>
    <message>
        <source>This installation of interviewplanner is incomplete: its database updates are missing.</source>
        <translation>この interviewplanner のインストールは不完全です。データベースの更新ファイルがありません。</translation>
    </message>
    <message>
        <source>Install the app again.</source>
        <translation>アプリをインストールし直してください。</translation>
    </message>
    <message>
        <source>{address} already belongs to {owner}.</source>
        <translation>{address} はすでに {owner} のアドレスです。</translation>
    </message>
    <message>
        <source>The database server refused the user name or password for {where}.</source>
        <translation>データベースサーバーが {where} のユーザー名またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Check the user name and password in Settings (a password can also come from ~/.pgpass).</source>
        <translation>設定でユーザー名とパスワードを確認してください（パスワードは ~/.pgpass に書いておくこともできます）。</translation>
    </message>
    <message>
        <source>The database server has no database of the name given in {where}.</source>
        <translation>{where} で指定された名前のデータベースはサーバーにありません。</translation>
    </message>
    <message>
        <source>Check the name in Settings, or ask the server&apos;s administrator to create the database.</source>
        <translation>設定で名前を確認するか、サーバーの管理者にデータベースの作成を依頼してください。</translation>
    </message>
    <message>
        <source>{where} is not empty: {table} has {rows} rows.</source>
        <translation>{where} は空ではありません（{table} に {rows} 行あります）。</translation>
    </message>
    <message>
        <source>Nothing was copied. Copy into an empty database.</source>
        <translation>何もコピーしていません。空のデータベースにコピーしてください。</translation>
    </message>
    <message>
        <source>{where} is both the source and the destination of the copy.</source>
        <translation>{where} がコピー元とコピー先の両方になっています。</translation>
    </message>
    <message>
        <source>Nothing was copied. Choose another destination.</source>
        <translation>何もコピーしていません。別のコピー先を選んでください。</translation>
    </message>
    <message>
        <source>Database error in {where}: {detail}</source>
        <translation>データベース {where} でエラーが発生しました: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>問題が発生しました（{code}）。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>予期しないエラーが発生しました: {error}</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved in one step or not at all. Try again; if it keeps happening, send the log file ({where}) to support.</source>
        <translation>データは安全です。変更はすべて一括で保存されるか、まったく保存されないかのどちらかです。もう一度お試しください。繰り返し起きる場合は、ログファイル ({where}) をサポートに送ってください。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {name}&apos;s panel</source>
        <translation>{name} さんのパネルを書き出す</translation>
    </message>
    <message>
        <source>Write the invites and calendars of {name}&apos;s panel ({when}) into a folder.</source>
        <translation>{name} さんのパネル（{when}）の招待状とカレンダーをフォルダーに書き出します。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>書き出し先フォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>The candidate&apos;s file &amp;names the interviewers&apos; e-mail addresses</source>
        <translation>候補者のファイルに面接官のメールアドレスを載せる(&amp;N)</translation>
    </message>
    <message>
        <source>invites/ holds one invite per session to e-mail (Accept and Decline work); calendars/ holds one file per interviewer, one for the candidate and one with every session, to import.</source>
        <translation>invites/ にはメールで送る招待状がセッションごとに入ります（承諾・辞退ができます）。calendars/ には取り込み用として、面接官ごと・候補者用・全セッションをまとめたファイルが入ります。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>What to tell the interviewers</source>
        <translation>面接官に伝えること</translation>
    </message>
    <message>
        <source>Messages to send</source>
        <translation>送るメッセージ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>受信者(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>Copy s&amp;ubject</source>
        <translation>件名をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>本文(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>書き出し先フォルダー</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Wrote {count} files into &lt;b&gt;{folder}&lt;/b&gt;: {invites} in invites/ to e-mail, {calendars} in calendars/ to import.</source>
        <translation>&lt;b&gt;{folder}&lt;/b&gt; に {count} 個のファイルを書き出しました: メールで送る invites/ に {invites} 個、取り込み用の calendars/ に {calendars} 個。</translation>
    </message>
    <message>
        <source>This booking is cancelled. E-mail the cancellation files from invites/ so that Outlook, Gmail and Apple Calendar remove the events. Importing a cancellation often leaves the old event in place: tell interviewers to delete the interview from their calendar by hand.</source>
        <translation>この予約はキャンセルされています。invites/ のキャンセル通知をメールで送ると、Outlook・Gmail・Apple カレンダーから予定が消えます。キャンセル通知をファイルとして取り込んでも古い予定が残ることが多いため、面接官には面接の予定を手動で削除するよう伝えてください。</translation>
    </message>
    <message>
        <source>This is an update (version {number}): the files keep the same event IDs with a higher sequence number. E-mailed invites from invites/ replace the old event in Outlook, Gmail and Apple Calendar. An imported file may add a second copy instead (Google Calendar&apos;s import can): tell interviewers to delete the old event first, then import the new file.</source>
        <translation>これは更新です（第 {number} 版）。ファイルは同じ予定 ID のまま、より大きいシーケンス番号を持ちます。invites/ の招待状をメールで送ると、Outlook・Gmail・Apple カレンダーの古い予定が置き換わります。ファイルを取り込むと予定が二重になることがあります（Google カレンダーの取り込みなど）。面接官には、先に古い予定を削除してから新しいファイルを取り込むよう伝えてください。</translation>
    </message>
    <message>
        <source>E-mail each interviewer the invite from invites/ for their session: Outlook and Gmail then offer Accept and Decline. To import instead, use the person&apos;s file from calendars/ (it holds all of their sessions). If the booking changes later, export again: e-mailed updates replace the event, imported ones may need the old event deleted first.</source>
        <translation>各面接官に、担当セッションの招待状を invites/ からメールで送ってください。Outlook と Gmail で承諾・辞退ができます。取り込む場合は calendars/ の本人用ファイルを使います（担当セッションがすべて入っています）。後で予約が変わったら、もう一度書き出してください。メールで送った更新は予定を置き換えますが、取り込んだ場合は先に古い予定の削除が必要なことがあります。</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>面接官</translation>
    </message>
    <message>
        <source>shadow</source>
        <translation>同席者</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候補者</translation>
    </message>
    <message>
        <source>{name} ({role}, {city})</source>
        <translation>{name}（{role}・{city}）</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation>{name} さんへのメッセージ</translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>本文をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>The subject is on the clipboard.</source>
        <translation>件名をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Plan interview panels across time zones</source>
        <translation>タイムゾーンをまたいで面接パネルを計画</translation>
    </message>
    <message>
        <source>Start with your interviewers: their time zone, national holidays and flex-time policy. Then import each person&apos;s calendar (.ics) to see when they are free.</source>
        <translation>まず面接官を登録します（タイムゾーン、祝日の国、フレックスタイムの設定）。次に各自のカレンダー (.ics) を取り込むと、空いている時間がわかります。</translation>
    </message>
    <message>
        <source>Add interviewer…</source>
        <translation>面接官を追加…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <source>The demo is a Tokyo + US team of eight with a month of calendars.</source>
        <translation>デモは東京と米国の 8 人のチームと、1 か月分のカレンダーです。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>カレンダーの取り込み</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>面接官(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files from the list (Delete)</source>
        <translation>選んだファイルを一覧から外します (Delete)</translation>
    </message>
    <message>
        <source>Calendar &amp;files</source>
        <translation>カレンダーファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>カレンダーファイル</translation>
    </message>
    <message>
        <source>Repeating events &amp;from</source>
        <translation>繰り返し予定の展開期間(&amp;F)</translation>
    </message>
    <message>
        <source>Repeating events until</source>
        <translation>繰り返し予定の展開終了日</translation>
    </message>
    <message>
        <source>Keep event titles (private; off by default)</source>
        <translation>予定の件名も保存する（非公開情報のため通常はオフ）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>カレンダーファイルを選択</translation>
    </message>
    <message>
        <source>Calendars ({patterns})</source>
        <translation>カレンダー ({patterns})</translation>
    </message>
    <message>
        <source>Add an interviewer first: a calendar belongs to one person.</source>
        <translation>先に面接官を追加してください。カレンダーは 1 人の面接官に属します。</translation>
    </message>
    <message>
        <source>Add at least one .ics file.</source>
        <translation>.ics ファイルを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>終了日は開始日より後にしてください。</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Importing calendar</source>
        <translation>カレンダーを取り込み中</translation>
    </message>
    <message>
        <source>Importing the calendar of {name}…</source>
        <translation>{name} さんのカレンダーを取り込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>ファイルを読み込み中</translation>
    </message>
    <message>
        <source>reading events</source>
        <translation>予定を解析中</translation>
    </message>
    <message>
        <source>saving busy time</source>
        <translation>予定あり時間を保存中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>File {number} of {count}: {file} — {step}</source>
        <translation>ファイル {number}/{count}: {file} — {step}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>取り込み結果</translation>
    </message>
    <message numerus="yes">
        <source>{name}: {files} of %n file(s) imported — {events} events, {busy} busy intervals.</source>
        <translation>
            <numerusform>{name}: %n 件中 {files} 件のファイルを取り込みました — 予定 {events} 件、予定あり {busy} 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported: nothing from them was stored, and their earlier busy time is kept.</source>
        <translation>
            <numerusform>%n 件のファイルは取り込めませんでした。それらからは何も保存しておらず、以前の予定はそのまま残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>File / line</source>
        <translation>ファイル / 行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Files and what was found in them</source>
        <translation>ファイルと読み取った内容</translation>
    </message>
    <message>
        <source>{events} events, {busy} busy intervals, {warnings} warnings, {skipped} skipped</source>
        <translation>予定 {events} 件、予定あり区間 {busy} 件、警告 {warnings} 件、スキップ {skipped} 件</translation>
    </message>
</context>
<context>
    <name>InterviewerDialog</name>
    <message>
        <source>Edit interviewer</source>
        <translation>面接官の編集</translation>
    </message>
    <message>
        <source>Add interviewer</source>
        <translation>面接官の追加</translation>
    </message>
    <message>
        <source>Why saving failed</source>
        <translation>保存できなかった理由</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>e.g. Hanako Sato</source>
        <translation>例: 佐藤 花子</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>other addresses, separated by commas</source>
        <translation>ほかのアドレス（カンマ区切り）</translation>
    </message>
    <message>
        <source>Other e-mails</source>
        <translation>別のアドレス</translation>
    </message>
    <message>
        <source>type to search, e.g. Tokyo</source>
        <translation>入力して検索（例: Tokyo）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>(no national holidays)</source>
        <translation>（祝日なし）</translation>
    </message>
    <message>
        <source>Holidays of</source>
        <translation>祝日の国</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>As the company ({language})</source>
        <translation>会社の設定（{language}）</translation>
    </message>
    <message>
        <source>The language of their invites and messages</source>
        <translation>招待状とメッセージの言語</translation>
    </message>
    <message>
        <source>Invites in</source>
        <translation>招待状の言語</translation>
    </message>
    <message>
        <source>Flex-time policy (empty = company default, in grey)</source>
        <translation>フレックスタイム（空欄 = 会社の既定値、灰色で表示）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the e-mail address their calendar uses.</source>
        <translation>カレンダーで使っているメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>メールアドレスの形式ではありません（例: name@example.com）。</translation>
    </message>
    <message>
        <source>{address} already belongs to {name}.</source>
        <translation>{address} はすでに {name} さんが使っています。</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>「{text}」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type a city to search).</source>
        <translation>一覧からタイムゾーンを選んでください（都市名で検索できます）。</translation>
    </message>
    <message>
        <source>Pick a country from the list, or no national holidays.</source>
        <translation>一覧から国を選ぶか、「祝日なし」を選んでください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Interviewer</source>
        <translation>面接官</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>面接数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Outside core hours</source>
        <translation>コアタイム外</translation>
    </message>
    <message>
        <source>First or last hour</source>
        <translation>始業・終業の1時間</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>コア前</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>コア後</translation>
    </message>
    <message>
        <source>Interview time outside the person&apos;s core hours, on their own clock</source>
        <translation>本人の現地時刻でコアタイム外の面接時間</translation>
    </message>
    <message>
        <source>Interview time in the first or the last hour of the person&apos;s working window</source>
        <translation>本人の勤務時間帯の最初または最後の1時間にかかる面接時間</translation>
    </message>
    <message>
        <source>Interviews that start before core hours</source>
        <translation>コアタイムより前に始まる面接</translation>
    </message>
    <message>
        <source>Interviews that end after core hours</source>
        <translation>コアタイムより後に終わる面接</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation>今月(&amp;T)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
    <message>
        <source>Interview time per interviewer this month</source>
        <translation>今月の面接官ごとの面接時間</translation>
    </message>
    <message>
        <source>Interview time inside and outside core hours</source>
        <translation>コアタイム内外の面接時間</translation>
    </message>
    <message>
        <source>{early} early · {late} late</source>
        <translation>コア前 {early} · コア後 {late}</translation>
    </message>
    <message>
        <source>inside core hours</source>
        <translation>コアタイム内</translation>
    </message>
    <message>
        <source>outside core hours</source>
        <translation>コアタイム外</translation>
    </message>
    <message>
        <source>No interviews booked this month.</source>
        <translation>今月の面接予約はありません。</translation>
    </message>
    <message>
        <source>Early or late interviews this month: fewest {fewest} ({fewest_name}), most {most} ({most_name}). Among equally good proposals, the next awkward slot goes to whoever carried fewest.</source>
        <translation>今月のコアタイム前後の面接: 最少 {fewest}件（{fewest_name}）、最多 {most}件（{most_name}）。同じ評価の候補では、次のコアタイム外の枠はいちばん少ない人に割り当てます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview panels across time zones</source>
        <translation>タイムゾーンをまたぐ面接パネル</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>予約(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>面接官(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>面接官</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>共通の時間</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>面接負担</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>面接官 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} さんを削除しました。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} さんを保存しました。</translation>
    </message>
    <message>
        <source>Proposal {rank}</source>
        <translation>提案 {rank}</translation>
    </message>
    <message>
        <source>Add an interviewer first: a calendar belongs to one person.</source>
        <translation>先に面接官を追加してください。カレンダーは 1 人の面接官に属します。</translation>
    </message>
    <message>
        <source>Import cancelled: files not yet saved were left out.</source>
        <translation>取り込みを中止しました。まだ保存されていなかったファイルは取り込まれていません。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータの読み込み</translation>
    </message>
    <message numerus="yes">
        <source>The roster already has %n interviewer(s). Add the demo team (eight people in Tokyo and the US, with a month of calendars) to it?</source>
        <translation>
            <numerusform>名簿にはすでに面接官が %n 人います。デモのチーム（東京と米国の8人、1か月分のカレンダー付き）を追加しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>People already on the roster are kept as they are.</source>
        <translation>名簿にいる人はそのまま残ります。</translation>
    </message>
    <message>
        <source>Loading the demo team and their calendars…</source>
        <translation>デモのチームとカレンダーを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Demo loaded: %n interviewer(s) with a month of calendars.</source>
        <translation>
            <numerusform>デモを読み込みました: 面接官 %n 人と 1 か月分のカレンダー。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo team is already on the roster: nothing was added.</source>
        <translation>デモのチームはすでに名簿にあります。何も追加していません。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;interviewplanner {version}&lt;/h3&gt;&lt;p&gt;Plan interview panels across time zones and flex hours.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · {system}&lt;/p&gt;&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;interviewplanner {version}&lt;/h3&gt;&lt;p&gt;タイムゾーンとフレックスタイムをまたいで面接パネルを計画します。&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · {system}&lt;/p&gt;&lt;p&gt;データベース: {where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About interviewplanner</source>
        <translation>interviewplanner について</translation>
    </message>
    <message>
        <source>Drop to import into {name}&apos;s calendar</source>
        <translation>ドロップすると {name} さんのカレンダーとして取り込みます</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cannot find times</source>
        <translation>日時を探せません</translation>
    </message>
    <message>
        <source>Cannot work out a split over days</source>
        <translation>複数日への分け方を求められません</translation>
    </message>
    <message>
        <source>Cannot book</source>
        <translation>予約できません</translation>
    </message>
    <message>
        <source>Cannot move the booking</source>
        <translation>予約を移動できません</translation>
    </message>
    <message>
        <source>Cannot read the booking</source>
        <translation>予約を読み込めません</translation>
    </message>
    <message>
        <source>Cannot list the templates</source>
        <translation>テンプレートの一覧を読み込めません</translation>
    </message>
    <message>
        <source>Cannot load the template</source>
        <translation>テンプレートを読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>テンプレートを保存できません</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>テンプレートを削除できません</translation>
    </message>
    <message>
        <source>Cannot change the interviewer</source>
        <translation>面接官を変更できません</translation>
    </message>
    <message>
        <source>Cannot read the bookings</source>
        <translation>予約を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the booking&apos;s history</source>
        <translation>予約の履歴を読み込めません</translation>
    </message>
    <message>
        <source>Cannot cancel the booking</source>
        <translation>予約をキャンセルできません</translation>
    </message>
    <message>
        <source>Cannot restore the booking</source>
        <translation>予約を元に戻せません</translation>
    </message>
    <message>
        <source>Cannot export the booking</source>
        <translation>予約を書き出せません</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>取り込みに失敗しました</translation>
    </message>
    <message>
        <source>Cannot load the demo data</source>
        <translation>デモデータを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the roster</source>
        <translation>面接官の名簿を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the interviewer</source>
        <translation>面接官を保存できません</translation>
    </message>
    <message>
        <source>Cannot remove the interviewer</source>
        <translation>面接官を削除できません</translation>
    </message>
    <message>
        <source>Cannot list the time zones</source>
        <translation>タイムゾーンの一覧を作れません</translation>
    </message>
    <message>
        <source>Cannot read busy time</source>
        <translation>予定を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the calendar sources</source>
        <translation>カレンダーのソースを読み込めません</translation>
    </message>
    <message>
        <source>Cannot add the calendar</source>
        <translation>カレンダーを追加できません</translation>
    </message>
    <message>
        <source>Cannot remove the calendar</source>
        <translation>カレンダーを削除できません</translation>
    </message>
    <message>
        <source>Cannot refresh the calendars</source>
        <translation>カレンダーを更新できません</translation>
    </message>
    <message>
        <source>Cannot re-check the bookings</source>
        <translation>予約を再確認できません</translation>
    </message>
    <message>
        <source>Cannot work out the shared hours</source>
        <translation>共通の時間を計算できません</translation>
    </message>
    <message>
        <source>Cannot read the ledger</source>
        <translation>面接負担の記録を読み込めません</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>Cannot keep the password</source>
        <translation>パスワードを保存できません</translation>
    </message>
    <message>
        <source>Cannot read the changes</source>
        <translation>変更を読み込めません</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <source>Break bet&amp;ween sessions:</source>
        <translation>セッション間の休憩(&amp;W):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>All on one da&amp;y</source>
        <translation>すべて同じ日に(&amp;Y)</translation>
    </message>
    <message>
        <source>Every session on the same local day of the candidate</source>
        <translation>すべてのセッションを候補者の現地の同じ日に行います</translation>
    </message>
    <message>
        <source>Keep the &amp;given order</source>
        <translation>この順番を守る(&amp;G)</translation>
    </message>
    <message>
        <source>Start-time gri&amp;d:</source>
        <translation>開始時刻の刻み(&amp;D):</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Days apart at &amp;most:</source>
        <translation>日と日の間隔の上限(&amp;M):</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days apart at most between the days of a loop</source>
        <translation>複数日の面接で、ある日と次の日の間の最大日数</translation>
    </message>
    <message>
        <source>For a loop over several days: the most calendar days between one day and the next</source>
        <translation>複数日に分けた面接で、ある日から次の日までに空けてよい最大の暦日数</translation>
    </message>
    <message>
        <source>Organi&amp;zer:</source>
        <translation>主催者(&amp;Z):</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>採用担当</translation>
    </message>
    <message>
        <source>Organizer e-mail:</source>
        <translation>主催者のメール:</translation>
    </message>
    <message>
        <source>receives the replies to the invites</source>
        <translation>招待への返信を受け取ります</translation>
    </message>
    <message>
        <source>Loc&amp;ation or video link:</source>
        <translation>場所またはビデオ会議のリンク(&amp;A):</translation>
    </message>
</context>
<context>
    <name>OverlapPanel</name>
    <message>
        <source>People in the group:</source>
        <translation>グループのメンバー:</translation>
    </message>
    <message>
        <source>People in the group</source>
        <translation>グループのメンバー</translation>
    </message>
    <message>
        <source>Add a &amp;pool:</source>
        <translation>プールを追加(&amp;P):</translation>
    </message>
    <message>
        <source>Add everyone in a pool</source>
        <translation>プールの全員を追加</translation>
    </message>
    <message>
        <source>Choose a pool…</source>
        <translation>プールを選択…</translation>
    </message>
    <message>
        <source>With a &amp;candidate in</source>
        <translation>候補者のタイムゾーン(&amp;C)</translation>
    </message>
    <message>
        <source>Candidate&apos;s time zone</source>
        <translation>候補者のタイムゾーン</translation>
    </message>
    <message>
        <source>C&amp;ore hours only</source>
        <translation>コアタイムのみ(&amp;O)</translation>
    </message>
    <message>
        <source>Intersect core hours instead of working windows</source>
        <translation>勤務時間帯ではなくコアタイムどうしの重なりを見る</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>月数(&amp;M):</translation>
    </message>
    <message>
        <source>Months to show</source>
        <translation>表示する月数</translation>
    </message>
    <message>
        <source>&amp;Show shared hours</source>
        <translation>共通の時間を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Shared hours, one row per day</source>
        <translation>共通の時間（1日1行）</translation>
    </message>
    <message>
        <source>When the shared time changes (by the UTC date a shared window starts):</source>
        <translation>共通の時間が変わる日（共通の時間が始まる日付、UTC）:</translation>
    </message>
    <message>
        <source>When the shared time changes</source>
        <translation>共通の時間が変わる日</translation>
    </message>
    <message>
        <source>{city}: clocks go forward</source>
        <translation>{city}: 夏時間開始</translation>
    </message>
    <message>
        <source>{city}: clocks go back</source>
        <translation>{city}: 夏時間終了</translation>
    </message>
    <message>
        <source>clocks go forward in {city}</source>
        <translation>{city}で夏時間が始まる</translation>
    </message>
    <message>
        <source>clocks go back in {city}</source>
        <translation>{city}で夏時間が終わる</translation>
    </message>
    <message>
        <source>a public holiday in {city}</source>
        <translation>{city}の祝日</translation>
    </message>
    <message>
        <source>the company closure in {city}</source>
        <translation>{city}の会社休業日</translation>
    </message>
    <message>
        <source>the weekend in {city}</source>
        <translation>{city}の週末</translation>
    </message>
    <message>
        <source>{day}: {before} → {after}</source>
        <translation>{day}: {before} → {after}</translation>
    </message>
    <message>
        <source>Check the people who should meet, then show the shared hours.</source>
        <translation>面接に集まる人にチェックを入れてから、共通の時間を表示してください。</translation>
    </message>
    <message>
        <source>Hours of {zone}, one row per day; green: everyone can meet. Usually {minutes} a day.</source>
        <translation>{zone}の時刻で1日1行。緑は全員が参加できる時間です。通常は1日あたり{minutes}。</translation>
    </message>
    <message>
        <source>Hours of {zone}, one row per day: this group never shares a working hour.</source>
        <translation>{zone}の時刻で1日1行。このグループには共通の勤務時間がありません。</translation>
    </message>
    <message>
        <source>No clock change, holiday or closure changes the shared time in this range.</source>
        <translation>この期間に共通の時間を変える夏時間の切り替え・祝日・休業日はありません。</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <source>Temp&amp;late:</source>
        <translation>テンプレート(&amp;L):</translation>
    </message>
    <message>
        <source>Saved plan templates</source>
        <translation>保存したプランのテンプレート</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Load the template</source>
        <translation>テンプレートを読み込む</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>別名で保存…</translation>
    </message>
    <message>
        <source>Save the plan as a template</source>
        <translation>プランをテンプレートとして保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>テンプレートを削除</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>候補者(&amp;C)</translation>
    </message>
    <message>
        <source>Sessi&amp;ons</source>
        <translation>セッション(&amp;O)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>プランの項目</translation>
    </message>
    <message>
        <source>Stop moving</source>
        <translation>移動をやめる</translation>
    </message>
    <message>
        <source>Stop moving the booking</source>
        <translation>予約の移動をやめる</translation>
    </message>
    <message>
        <source>The plan changed: Find times again to see times for it.</source>
        <translation>プランが変わりました。もう一度「日時を探す」を押してください。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>The panel is already held over several days.</source>
        <translation>この面接はすでに複数の日に分かれています。</translation>
    </message>
    <message>
        <source>These people share at most {longest} in one stretch on the dates searched; the whole panel needs {need}.</source>
        <translation>検索した日程では、この人たちが続けて共有できる時間は最長 {longest} です。面接全体には {need} 必要です。</translation>
    </message>
    <message>
        <source>Day {day}: {sessions}</source>
        <translation>{day} 日目: {sessions}</translation>
    </message>
    <message>
        <source>Split over days</source>
        <translation>複数日に分ける</translation>
    </message>
    <message>
        <source>No split is needed: the people of this panel share enough hours on one day (or splitting would not help).</source>
        <translation>分ける必要はありません。この面接の参加者は 1 日の中で十分な時間を共有しています（または、分けても解決しません）。</translation>
    </message>
    <message>
        <source>&amp;Split and find times</source>
        <translation>分けて時間を探す(&amp;S)</translation>
    </message>
    <message>
        <source>{name} may now interview outside core hours.</source>
        <translation>{name} さんはコアタイム外にも面接できるようになりました。</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>予約しています…</translation>
    </message>
    <message>
        <source>Booked {name}&apos;s panel: {when}.</source>
        <translation>{name} さんのパネルを予約しました: {when}。</translation>
    </message>
    <message>
        <source>Moved {name}&apos;s panel to {when}.</source>
        <translation>{name} さんのパネルを {when} に移動しました。</translation>
    </message>
    <message>
        <source>Cannot move the booking</source>
        <translation>予約を移動できません</translation>
    </message>
    <message>
        <source>Cannot book</source>
        <translation>予約できません</translation>
    </message>
    <message>
        <source>That time was taken meanwhile: searched again.</source>
        <translation>その日時はその間に埋まりました。探し直しました。</translation>
    </message>
    <message>
        <source>Moving {name}&apos;s panel (booked for {when}). Choose a new time and press Move here.</source>
        <translation>{name} さんのパネル（{when} に予約済み）を移動しています。新しい日時を選んで「ここに移動」を押してください。</translation>
    </message>
    <message>
        <source>Template “{name}” loaded.</source>
        <translation>テンプレート「{name}」を読み込みました。</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>テンプレートとして保存</translation>
    </message>
    <message>
        <source>Template &amp;name (an existing one is replaced):</source>
        <translation>テンプレート名(&amp;N)（同じ名前があれば置き換えます）:</translation>
    </message>
    <message>
        <source>Saved the template “{name}”.</source>
        <translation>テンプレート「{name}」を保存しました。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>テンプレートの削除</translation>
    </message>
    <message>
        <source>Delete the template “{name}”?</source>
        <translation>テンプレート「{name}」を削除しますか？</translation>
    </message>
</context>
<context>
    <name>PlannerWords</name>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation>候補者の名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s time zone from the list.</source>
        <translation>候補者のタイムゾーンを一覧から選んでください。</translation>
    </message>
    <message>
        <source>Enter an e-mail address or nothing.</source>
        <translation>メールアドレスを入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Each available time must end after it starts.</source>
        <translation>都合のよい時間は、終了が開始より後になるようにしてください。</translation>
    </message>
    <message>
        <source>Add at least one session.</source>
        <translation>セッションを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Session {number} needs a title.</source>
        <translation>セッション {number} に名前を付けてください。</translation>
    </message>
    <message>
        <source>Session {number} needs a length from 1 minute to one day.</source>
        <translation>セッション {number} の長さは 1 分から 1 日までにしてください。</translation>
    </message>
    <message>
        <source>Session {number} names the same interviewer twice.</source>
        <translation>セッション {number} に同じ面接官が 2 回入っています。</translation>
    </message>
    <message>
        <source>Session {number} asks for people from a pool: choose the pool.</source>
        <translation>セッション {number} はプールから人を選びます。プールを選んでください。</translation>
    </message>
    <message>
        <source>Session {number} needs an interviewer: name someone or take people from a pool.</source>
        <translation>セッション {number} に面接官がいません。誰かを指名するか、プールから選んでください。</translation>
    </message>
    <message>
        <source>Session {number} is not complete.</source>
        <translation>セッション {number} が完成していません。</translation>
    </message>
    <message>
        <source>The break must be 0 minutes or more.</source>
        <translation>休憩は 0 分以上にしてください。</translation>
    </message>
    <message>
        <source>Choose 5, 10, 15 or 30 minutes.</source>
        <translation>5、10、15、30 分のどれかを選んでください。</translation>
    </message>
    <message>
        <source>Check the organizer&apos;s name and e-mail.</source>
        <translation>主催者の名前とメールを確認してください。</translation>
    </message>
    <message>
        <source>The plan is not complete.</source>
        <translation>プランが完成していません。</translation>
    </message>
    <message>
        <source>“{text}”: not understood</source>
        <translation>「{text}」: 読み取れません</translation>
    </message>
    <message>
        <source>“{text}”: {detail} is not a time of day</source>
        <translation>「{text}」: {detail} は時刻ではありません</translation>
    </message>
    <message>
        <source>“{text}”: {detail} is not a date</source>
        <translation>「{text}」: {detail} は日付ではありません</translation>
    </message>
    <message>
        <source>“{text}”: give a range (9–12), “after 14:00” or “until 11:00”</source>
        <translation>「{text}」: 範囲（9-12）、「14時以降」、「11時まで」のように書いてください</translation>
    </message>
    <message>
        <source>“{text}”: ends before it starts</source>
        <translation>「{text}」: 終わりが始まりより前です</translation>
    </message>
    <message>
        <source>“{text}”: outside the dates searched</source>
        <translation>「{text}」: 検索する期間の外です</translation>
    </message>
    <message>
        <source>“{text}”: that day number occurs twice in the dates searched</source>
        <translation>「{text}」: その日にちは検索する期間に 2 回あります</translation>
    </message>
    <message>
        <source>“{text}”: the weekday does not match the date</source>
        <translation>「{text}」: 曜日が日付と合いません</translation>
    </message>
    <message>
        <source>“{text}”: {detail} is not the candidate&apos;s time zone</source>
        <translation>「{text}」: {detail} は候補者のタイムゾーンではありません</translation>
    </message>
    <message>
        <source>“{text}”: that time does not exist there (clocks change)</source>
        <translation>「{text}」: 時計の切り替えのため、その時刻は存在しません</translation>
    </message>
</context>
<context>
    <name>PolicyWording</name>
    <message>
        <source>Working window</source>
        <translation>勤務可能時間帯</translation>
    </message>
    <message>
        <source>Core hours</source>
        <translation>コアタイム</translation>
    </message>
    <message>
        <source>core hours only</source>
        <translation>コアタイムのみ</translation>
    </message>
    <message>
        <source>Lunch window</source>
        <translation>昼休みの時間帯</translation>
    </message>
    <message>
        <source>Lunch (minutes)</source>
        <translation>昼休み（分）</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>勤務日</translation>
    </message>
    <message>
        <source>Max interviews a day</source>
        <translation>1 日の面接上限</translation>
    </message>
    <message>
        <source>Max interviews a week</source>
        <translation>1 週間の面接上限</translation>
    </message>
    <message>
        <source>Buffer (minutes)</source>
        <translation>前後の余裕（分）</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>{low} から {high} までの整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number of {low} or more.</source>
        <translation>{low} 以上の整数を入力してください。</translation>
    </message>
    <message>
        <source>Use a range such as 10:00–19:00, with times on the 24-hour clock.</source>
        <translation>10:00–19:00 のように、24 時間制の時刻で範囲を入力してください。</translation>
    </message>
    <message>
        <source>The end must be later than the start, e.g. 10:00–19:00.</source>
        <translation>終了時刻は開始時刻より後にしてください（例: 10:00–19:00）。</translation>
    </message>
    <message>
        <source>{minutes} min of lunch do not fit in the lunch window {window}.</source>
        <translation>{minutes} 分の昼休みは、昼休みの時間帯 {window} に収まりません。</translation>
    </message>
    <message>
        <source>Use days such as Mon-Fri or Mon,Tue,Thu.</source>
        <translation>Mon-Fri や Mon,Tue,Thu のように曜日を入力してください。</translation>
    </message>
    <message>
        <source>Working days run from Monday to Sunday.</source>
        <translation>勤務日は月曜日から日曜日までの中から選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>勤務日を 1 日以上選んでください。</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>When (shown zone)</source>
        <translation>日時（表示タイムゾーン）</translation>
    </message>
    <message>
        <source>Everyone&apos;s local time</source>
        <translation>全員の現地時刻</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>good hours for the candidate</source>
        <translation>候補者に都合のよい時間帯</translation>
    </message>
    <message>
        <source>early for the candidate</source>
        <translation>候補者には早い時間</translation>
    </message>
    <message>
        <source>late for the candidate</source>
        <translation>候補者には遅い時間</translation>
    </message>
    <message>
        <source>{name} (candidate)</source>
        <translation>{name}（候補者）</translation>
    </message>
    <message>
        <source>{name} (shadow)</source>
        <translation>{name}（同席）</translation>
    </message>
    <message>
        <source>{name}: {time}</source>
        <translation>{name}: {time}</translation>
    </message>
    <message>
        <source>{name} outside core hours ({time})</source>
        <translation>{name} さんはコアタイム外（{time}）</translation>
    </message>
    <message>
        <source>all in core hours</source>
        <translation>全員コアタイム内</translation>
    </message>
    <message>
        <source>score {score} of 1</source>
        <translation>スコア {score}（最高 1）</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>F&amp;rom:</source>
        <translation>開始日(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>First day to search, in the candidate&apos;s time zone</source>
        <translation>検索する最初の日（候補者のタイムゾーン）</translation>
    </message>
    <message>
        <source>Last day to search, in the candidate&apos;s time zone</source>
        <translation>検索する最後の日（候補者のタイムゾーン）</translation>
    </message>
    <message>
        <source>Find times</source>
        <translation>日時を探す</translation>
    </message>
    <message>
        <source>Find times for the plan (Ctrl+Return)</source>
        <translation>プランに合う日時を探します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Proposed times, best first</source>
        <translation>提案された日時（よい順）</translation>
    </message>
    <message>
        <source>Describe the panel on the left, then press Find times (Ctrl+Return).</source>
        <translation>左側でパネルの内容を入力し、「日時を探す」(Ctrl+Return) を押してください。</translation>
    </message>
    <message>
        <source>Proposed times</source>
        <translation>提案された日時</translation>
    </message>
    <message>
        <source>&amp;Move here…</source>
        <translation>ここに移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Boo&amp;k…</source>
        <translation>予約(&amp;K)…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>探しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) found.</source>
        <translation>
            <numerusform>%n 件見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderWording</name>
    <message>
        <source>The file is in UTF-16; it was read as such.</source>
        <translation>ファイルは UTF-16 形式です。UTF-16 として読み込みました。</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Shift_JIS (cp932).</source>
        <translation>ファイルは UTF-8 ではないため、Shift_JIS (cp932) として読み込みました。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS; characters that could not be read were replaced.</source>
        <translation>ファイルは UTF-8 でも Shift_JIS でもありません。読めない文字は置き換えました。</translation>
    </message>
    <message>
        <source>This line is not in the iCalendar “NAME:value” form; it was ignored.</source>
        <translation>この行は iCalendar の「名前:値」の形式ではないため、無視しました。</translation>
    </message>
    <message>
        <source>This line has no property name; it was ignored.</source>
        <translation>この行にはプロパティ名がないため、無視しました。</translation>
    </message>
    <message>
        <source>{name} without a component name; the line was ignored.</source>
        <translation>コンポーネント名のない {name} です。この行は無視しました。</translation>
    </message>
    <message>
        <source>{name} is outside any component; it was ignored.</source>
        <translation>{name} がどのコンポーネントにも含まれていないため、無視しました。</translation>
    </message>
    <message>
        <source>BEGIN:{name} is nested more than {depth} levels deep; it was ignored with everything inside it.</source>
        <translation>BEGIN:{name} の入れ子が {depth} 段より深いため、その中身ごと無視しました。</translation>
    </message>
    <message>
        <source>A new VCALENDAR begins while the {name} of line {opened} is still open; that one is read as ending here.</source>
        <translation>行 {opened} の {name} が閉じられないまま新しい VCALENDAR が始まっています。前のものはここで終わったものとして読み込みました。</translation>
    </message>
    <message>
        <source>END:{name} has no matching BEGIN; it was ignored.</source>
        <translation>END:{name} に対応する BEGIN がないため、無視しました。</translation>
    </message>
    <message>
        <source>The file is cut off (END:{name} is missing).</source>
        <translation>ファイルが途中で切れています（END:{name} がありません）。</translation>
    </message>
    <message>
        <source>{name} is outside VCALENDAR; it was ignored.</source>
        <translation>{name} が VCALENDAR の外にあるため、無視しました。</translation>
    </message>
    <message>
        <source>The {name} starting on line {line} has no END:{name} ({came} on line {came_line} came first).</source>
        <translation>行 {line} から始まる {name} に END:{name} がありません（先に行 {came_line} の {came} が現れました）。</translation>
    </message>
    <message>
        <source>The {name} starting on line {line} is cut off: the file ends on line {last} without END:{name}.</source>
        <translation>行 {line} から始まる {name} が途中で切れています。ファイルは END:{name} のないまま行 {last} で終わっています。</translation>
    </message>
    <message>
        <source>The file cancels events (METHOD:CANCEL), so it adds no busy time.</source>
        <translation>このファイルは予定を取り消すもの（METHOD:CANCEL）なので、予定ありの時間は追加されません。</translation>
    </message>
    <message>
        <source>The calendar&apos;s time zone “{tzid}” (X-WR-TIMEZONE) is unknown; times without a zone were read in the interviewer&apos;s time zone.</source>
        <translation>カレンダーのタイムゾーン「{tzid}」（X-WR-TIMEZONE）が不明です。タイムゾーンのない時刻は面接官のタイムゾーンで読み込みました。</translation>
    </message>
    <message>
        <source>The time zone “{tzid}” is unknown; it was read as the interviewer&apos;s time zone ({zone}).</source>
        <translation>タイムゾーン「{tzid}」が不明なため、面接官のタイムゾーン（{zone}）として読み込みました。</translation>
    </message>
    <message>
        <source>The time zone definition “{tzid}” cannot be used; the zone was looked up by its name instead.</source>
        <translation>タイムゾーン定義「{tzid}」は使えないため、名前からタイムゾーンを探しました。</translation>
    </message>
    <message>
        <source>The repeat rule (RRULE) cannot be read; only the first occurrence was kept.</source>
        <translation>繰り返しルール（RRULE）を読み取れないため、最初の1回だけを取り込みました。</translation>
    </message>
    <message>
        <source>A FREEBUSY line is malformed; it was ignored.</source>
        <translation>FREEBUSY の行の形式が正しくないため、無視しました。</translation>
    </message>
    <message>
        <source>A FREEBUSY period is not valid; it was ignored.</source>
        <translation>FREEBUSY の期間が正しくないため、無視しました。</translation>
    </message>
    <message>
        <source>The event has no start time (DTSTART).</source>
        <translation>予定に開始日時（DTSTART）がありません。</translation>
    </message>
    <message>
        <source>{property} is not a valid date and time.</source>
        <translation>{property} が正しい日時ではありません。</translation>
    </message>
    <message>
        <source>{property} is not valid.</source>
        <translation>{property} の値が正しくありません。</translation>
    </message>
    <message>
        <source>{property} is malformed.</source>
        <translation>{property} の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>予定の終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>The event could not be read.</source>
        <translation>予定を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The free/busy block (VFREEBUSY) could not be read.</source>
        <translation>空き時間情報（VFREEBUSY）を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The recurring event was not expanded: the time allowed for this file ran out.</source>
        <translation>この繰り返し予定は展開されませんでした。このファイルに使える時間を使い切りました。</translation>
    </message>
    <message>
        <source>The recurring event repeats too often to be expanded.</source>
        <translation>この繰り返し予定は繰り返しが多すぎるため、展開できません。</translation>
    </message>
    <message>
        <source>The repeat rule (RRULE) of the recurring event is not valid.</source>
        <translation>繰り返し予定の繰り返しルール（RRULE）が正しくありません。</translation>
    </message>
    <message>
        <source>The event&apos;s occurrences could not be worked out.</source>
        <translation>予定の各回を求められませんでした。</translation>
    </message>
    <message>
        <source>Noted by an earlier version: {text}</source>
        <translation>以前のバージョンの記録: {text}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>行 {line}</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>スキップ: {reason}</translation>
    </message>
    <message>
        <source>Skipped (line {line}): {reason}</source>
        <translation>スキップ（行 {line}）: {reason}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>詳細: {detail}</translation>
    </message>
</context>
<context>
    <name>ReasonWording</name>
    <message>
        <source>{email} is not on the roster.</source>
        <translation>{email} は名簿に登録されていません。</translation>
    </message>
    <message>
        <source>Pool “{pool}” has {have} interviewers; the session needs {need}.</source>
        <translation>プール「{pool}」の面接官は {have} 人ですが、このセッションには {need} 人必要です。</translation>
    </message>
    <message>
        <source>The panel needs {need} minutes, more than the search range holds.</source>
        <translation>パネルには {need} 分必要で、検索する期間に収まりません。</translation>
    </message>
    <message>
        <source>The candidate is not available at those times.</source>
        <translation>候補者はその時間は都合がつきません。</translation>
    </message>
    <message>
        <source>The sessions would fall on different days for the candidate.</source>
        <translation>候補者にとって、セッションが別々の日になってしまいます。</translation>
    </message>
    <message>
        <source>The days of the loop cannot be held at most {need} days apart.</source>
        <translation>ループの各日を{need}日以内の間隔で組めません。</translation>
    </message>
    <message>
        <source>{who} does not work on {day}.</source>
        <translation>{who}さんは{day}は勤務日ではありません。</translation>
    </message>
    <message>
        <source>{who} is on a {country} holiday on {day} ({detail}).</source>
        <translation>{day}は{who}さんの祝日（{country}: {detail}）です。</translation>
    </message>
    <message>
        <source>The company is closed for {who} on {day} ({detail}).</source>
        <translation>{day}は{who}さんの会社の休業日（{detail}）です。</translation>
    </message>
    <message>
        <source>{who}&apos;s working hours ({detail}) do not cover those times.</source>
        <translation>その時間は{who}さんの勤務時間（{detail}）外です。</translation>
    </message>
    <message>
        <source>{who} interviews only in core hours ({detail}).</source>
        <translation>{who}さんはコアタイム（{detail}）にしか面接しません。</translation>
    </message>
    <message>
        <source>{who} is busy at those times.</source>
        <translation>{who}さんはその時間は予定があります。</translation>
    </message>
    <message>
        <source>{who} needs {need} free minutes between interviews.</source>
        <translation>{who}さんには面接の間に {need} 分の空きが必要です。</translation>
    </message>
    <message>
        <source>{who} would go over the limit of {need} interviews on {day}.</source>
        <translation>{who}さんは{day}の面接が上限の {need} 件を超えてしまいます。</translation>
    </message>
    <message>
        <source>{who} would go over the limit of {need} interviews in the week of {day}.</source>
        <translation>{who}さんは{day}の週の面接が上限の {need} 件を超えてしまいます。</translation>
    </message>
    <message>
        <source>{who} would lose the {need}-minute lunch on {day}.</source>
        <translation>{who}さんは{day}に {need} 分の昼休みが取れなくなります。</translation>
    </message>
    <message>
        <source>Pool “{pool}” has at most {have} of the {need} interviewers needed free.</source>
        <translation>プール「{pool}」で空いている面接官は多くて {have} 人で、必要な {need} 人に足りません。</translation>
    </message>
    <message>
        <source>Pool “{pool}” cannot staff every session of the panel at once.</source>
        <translation>プール「{pool}」では、パネルのすべてのセッションに同時に面接官を割り当てられません。</translation>
    </message>
</context>
<context>
    <name>RemoveInterviewer</name>
    <message>
        <source>Remove interviewer</source>
        <translation>面接官の削除</translation>
    </message>
    <message>
        <source>Remove {name} ({email}) from the roster?</source>
        <translation>{name}（{email}）を名簿から削除しますか？</translation>
    </message>
    <message>
        <source>Their calendars and imported busy time are deleted too. Past and cancelled bookings keep their name. Someone with upcoming interviews cannot be removed until those bookings are cancelled or moved.</source>
        <translation>その人のカレンダーと取り込んだ予定も削除されます。過去の予約とキャンセル済みの予約には名前が残ります。今後の面接がある人は、その予約をキャンセルするか別の人に移すまで削除できません。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Time zone (local time)</source>
        <translation>タイムゾーン（現地時刻）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Flex-time policy</source>
        <translation>フレックスタイム</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週の面接</translation>
    </message>
    <message>
        <source>Early · late</source>
        <translation>コア前 · 後</translation>
    </message>
    <message>
        <source>core {range}</source>
        <translation>コア {range}</translation>
    </message>
    <message>
        <source>core {range} only</source>
        <translation>コア {range} のみ</translation>
    </message>
    <message>
        <source>lunch {minutes} min in {range}</source>
        <translation>昼休み {minutes} 分 ({range})</translation>
    </message>
    <message>
        <source>≤{count}/day</source>
        <translation>1日{count}件まで</translation>
    </message>
    <message>
        <source>≤{count}/week</source>
        <translation>週{count}件まで</translation>
    </message>
    <message>
        <source>buffer {minutes} min</source>
        <translation>前後 {minutes} 分</translation>
    </message>
    <message>
        <source>Now {time} in {zone} ({offset})</source>
        <translation>{zone} の現在時刻 {time} ({offset})</translation>
    </message>
    <message>
        <source>Also: {addresses}</source>
        <translation>別のアドレス: {addresses}</translation>
    </message>
    <message>
        <source>Drop .ics files here to import {name}&apos;s calendar</source>
        <translation>.ics ファイルをここにドロップすると {name} さんのカレンダーとして取り込みます</translation>
    </message>
    <message>
        <source>This month: {early} interviews before their core hours, {late} after (the Ledger tab has the details)</source>
        <translation>今月: コアタイム前に{early}件、コアタイム後に{late}件（詳しくは「面接負担」タブ）</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Filter the roster by name, e-mail, zone or pool (Ctrl+F)</source>
        <translation>名前・メール・タイムゾーン・プールで絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>面接官の絞り込み</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>面接官</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>面接官</translation>
    </message>
    <message>
        <source>{who} + {shadow}</source>
        <translation>{who}＋{shadow}</translation>
    </message>
    <message>
        <source>trainee {name}</source>
        <translation>研修生 {name}</translation>
    </message>
    <message>
        <source>shadow from {pool}</source>
        <translation>{pool} から同席</translation>
    </message>
    <message>
        <source>Day {day}</source>
        <translation>{day} 日目</translation>
    </message>
    <message numerus="yes">
        <source>%n from {pool}</source>
        <translation>
            <numerusform>{pool} から %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>何日目</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（未定）</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Sessions, in order</source>
        <translation>セッション（順番どおり）</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>セッションを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>選択したセッションを削除</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move the session earlier (Ctrl+Up)</source>
        <translation>セッションを前に移動 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Move the session later (Ctrl+Down)</source>
        <translation>セッションを後ろに移動 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>長さ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Na&amp;med interviewers:</source>
        <translation>指名する面接官(&amp;M):</translation>
    </message>
    <message>
        <source>Trainee or shado&amp;w:</source>
        <translation>研修生・同席(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>プール(&amp;P):</translation>
    </message>
    <message>
        <source>how many:</source>
        <translation>人数:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>何日目(&amp;Y):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Named interviewers (all required)</source>
        <translation>指名する面接官（全員必須）</translation>
    </message>
    <message>
        <source>How many from the pool</source>
        <translation>プールからの人数</translation>
    </message>
    <message>
        <source>Day of the loop</source>
        <translation>何日目に行うか</translation>
    </message>
    <message>
        <source>Sessions of the same day are held back to back on one day of the candidate; day 2 comes after day 1</source>
        <translation>同じ日のセッションは候補者の同じ日に続けて行います。2 日目は 1 日目より後になります</translation>
    </message>
    <message>
        <source>Split over days…</source>
        <translation>複数日に分ける…</translation>
    </message>
    <message>
        <source>Split the panel over several days</source>
        <translation>面接を複数の日に分ける</translation>
    </message>
    <message>
        <source>When the interviewers never share enough hours for the whole panel, propose which sessions to hold on which day</source>
        <translation>面接官が面接全体に足りる時間を共有できないとき、どのセッションを何日目に行うかを提案します</translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation>（プールなし）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of {pool}</source>
        <translation>
            <numerusform>{pool}（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>someone from {pool}</source>
        <translation>{pool} の誰か</translation>
    </message>
    <message>
        <source>trainee: {name}</source>
        <translation>研修生: {name}</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>セッション {number}</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>セッションが選ばれていません</translation>
    </message>
    <message>
        <source>{email} (not on the roster)</source>
        <translation>{email}（名簿にいません）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>システムと同じ ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Keep event titles when importing calendars</source>
        <translation>カレンダーの取り込み時に予定の件名も保存する</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Titles are private: by default only busy times are stored.</source>
        <translation>件名は非公開情報です。通常は予定ありの時間帯だけを保存します。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>あなたの名前(&amp;N)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>An SQLite file, or a shared PostgreSQL server: postgresql+psycopg://user@host/database</source>
        <translation>SQLite ファイル、または共有の PostgreSQL サーバー: postgresql+psycopg://ユーザー@ホスト/データベース</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続を確認(&amp;T)</translation>
    </message>
    <message>
        <source>Your name is recorded with each change you make (booking history). Changes take effect when you press OK.</source>
        <translation>あなたの名前は、行った変更ごとに記録されます（予約の履歴）。設定は OK を押すと反映されます。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add a calendar address</source>
        <translation>カレンダーのアドレスを追加</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>面接官(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>Calendar feed (iCal / .ics address)</source>
        <translation>カレンダーフィード（iCal / .ics のアドレス）</translation>
    </message>
    <message>
        <source>CalDAV calendar</source>
        <translation>CalDAV カレンダー</translation>
    </message>
    <message>
        <source>Google Calendar: Settings → the calendar → “Secret address in iCal format”. Outlook: Settings → Calendar → Shared calendars → Publish a calendar (ICS link). The password is kept in the system keyring, never in the database.</source>
        <translation>Google カレンダー：設定 → 対象のカレンダー →「iCal 形式の非公開 URL」。Outlook：設定 → 予定表 → 共有予定表 → 予定表を公開する（ICS リンク）。パスワードはデータベースではなく、システムのキーリングに保存します。</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Interviewer</source>
        <translation>面接官</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Last good refresh</source>
        <translation>最後の正常な更新</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>取り込んだファイル</translation>
    </message>
    <message>
        <source>Calendar feed</source>
        <translation>カレンダーフィード</translation>
    </message>
    <message>
        <source>CalDAV calendar</source>
        <translation>CalDAV カレンダー</translation>
    </message>
    <message>
        <source>Imported by hand</source>
        <translation>手動で取り込み</translation>
    </message>
    <message>
        <source>Failed: last good busy time kept</source>
        <translation>失敗：最後に正常だった予定を保持</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>まだ更新していません</translation>
    </message>
    <message>
        <source>Out of date: no good refresh for over a day</source>
        <translation>古い情報：1 日以上正常に更新できていません</translation>
    </message>
    <message>
        <source>Up to date (unchanged)</source>
        <translation>最新（変更なし）</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
</context>
<context>
    <name>SourceWording</name>
    <message>
        <source>Nothing changed: the busy time of the last good refresh is kept. Try again later, or check the address in the Calendars tab.</source>
        <translation>何も変更していません。最後に正常に更新した予定（埋まっている時間）はそのまま残しています。後でもう一度試すか、［カレンダー］タブでアドレスを確認してください。</translation>
    </message>
    <message>
        <source>{interviewer} already has the calendar {source}.</source>
        <translation>{interviewer} にはカレンダー {source} がすでに登録されています。</translation>
    </message>
    <message>
        <source>Nothing needs to be added: refresh it instead.</source>
        <translation>追加は不要です。代わりに更新してください。</translation>
    </message>
    <message>
        <source>“{url}” is not the address of a calendar.</source>
        <translation>「{url}」はカレンダーのアドレスではありません。</translation>
    </message>
    <message>
        <source>Paste the address the calendar service shows for sharing, starting with https:// or webcal://.</source>
        <translation>カレンダーサービスが共有用に表示する、https:// または webcal:// で始まるアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>The password for {source} is not set (variable {variable}).</source>
        <translation>{source} のパスワードが設定されていません（変数 {variable}）。</translation>
    </message>
    <message>
        <source>Set the variable, or remove the calendar and add it again with its password.</source>
        <translation>変数を設定するか、カレンダーを削除してパスワード付きで追加し直してください。</translation>
    </message>
    <message>
        <source>The system keyring cannot keep the password ({detail}).</source>
        <translation>システムのキーリングにパスワードを保存できません（{detail}）。</translation>
    </message>
    <message>
        <source>Unlock or set up the system keyring (for example GNOME Keyring or KWallet), then add the calendar again.</source>
        <translation>システムのキーリング（GNOME Keyring や KWallet など）をロック解除または設定してから、カレンダーを追加し直してください。</translation>
    </message>
    <message>
        <source>{source} refused the user name and password (HTTP {status}).</source>
        <translation>{source} がユーザー名とパスワードを拒否しました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Check the user name and password: remove the calendar and add it again with the right ones. The busy time of the last good refresh is kept.</source>
        <translation>ユーザー名とパスワードを確認してください。カレンダーを削除し、正しいもので追加し直してください。最後に正常に更新した予定はそのまま残しています。</translation>
    </message>
    <message>
        <source>{source} answered with HTTP error {status}.</source>
        <translation>{source} が HTTP エラー {status} を返しました。</translation>
    </message>
    <message>
        <source>{source} did not answer within {seconds} seconds.</source>
        <translation>{source} から {seconds} 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The certificate of {source} is not valid ({detail}), so it was not trusted.</source>
        <translation>{source} の証明書が有効ではないため（{detail}）、信頼しませんでした。</translation>
    </message>
    <message>
        <source>{source} cannot be reached ({detail}).</source>
        <translation>{source} に接続できません（{detail}）。</translation>
    </message>
    <message>
        <source>{source} sent more than {limit_mebibytes} MiB, too much for a calendar.</source>
        <translation>{source} が {limit_mebibytes} MiB を超えるデータを送ってきました。カレンダーとしては大きすぎます。</translation>
    </message>
    <message>
        <source>{source} sent the request on more than {count} times.</source>
        <translation>{source} がリクエストを {count} 回を超えて転送しました。</translation>
    </message>
    <message>
        <source>The answer of {source} cannot be read ({detail}).</source>
        <translation>{source} の応答を読み取れません（{detail}）。</translation>
    </message>
    <message>
        <source>{source} is not a calendar ({detail}).</source>
        <translation>{source} はカレンダーではありません（{detail}）。</translation>
    </message>
    <message>
        <source>{source} needs a user name and password (HTTP {status}).</source>
        <translation>{source} にはユーザー名とパスワードが必要です（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Remove the calendar and add it again with the user name and password of the calendar service. The busy time of the last good refresh is kept.</source>
        <translation>カレンダーを削除し、カレンダーサービスのユーザー名とパスワードを付けて追加し直してください。最後に正常に更新した予定はそのまま残しています。</translation>
    </message>
    <message>
        <source>The system keyring has no password for {source}.</source>
        <translation>システムのキーリングに {source} のパスワードがありません。</translation>
    </message>
    <message>
        <source>{source} answered with a web page (a sign-in page?), not a calendar.</source>
        <translation>{source} はカレンダーではなく Web ページ（サインインページ？）を返しました。</translation>
    </message>
    <message>
        <source>“{url}” is not a calendar address: it must start with https://, http:// or webcal://.</source>
        <translation>「{url}」はカレンダーのアドレスではありません。https://、http://、webcal:// のいずれかで始まる必要があります。</translation>
    </message>
    <message>
        <source>“{url}” names no server.</source>
        <translation>「{url}」にはサーバー名がありません。</translation>
    </message>
    <message>
        <source>The address {url} holds a password; a password belongs in its own field, never in the address.</source>
        <translation>アドレス {url} にパスワードが含まれています。パスワードはアドレスではなく専用の欄に入力してください。</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Intervie&amp;wer:</source>
        <translation>面接官(&amp;W)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>すべて更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch every subscribed calendar again (an unchanged one costs almost nothing)</source>
        <translation>購読しているすべてのカレンダーを取得し直します（変更がないものはほとんど通信しません）</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>更新の進み具合</translation>
    </message>
    <message>
        <source>Refresh &amp;every</source>
        <translation>自動更新の間隔(&amp;E)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Minutes between automatic refreshes</source>
        <translation>自動更新の間隔（分）</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>カレンダーのソース</translation>
    </message>
    <message>
        <source>Details of the selected calendar</source>
        <translation>選択したカレンダーの詳細</translation>
    </message>
    <message>
        <source>&amp;Add calendar address…</source>
        <translation>カレンダーのアドレスを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Subscribe an interviewer to their published calendar (ICS feed or CalDAV)</source>
        <translation>面接官が公開しているカレンダー（ICS フィードまたは CalDAV）を購読します</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) have had no good refresh for over a day: their busy time may be out of date. Use Refresh all, or look at the status of each.</source>
        <translation>
            <numerusform>%n 件のカレンダーが 1 日以上正常に更新できていません。予定が古い可能性があります。［すべて更新］を使うか、それぞれの状態を確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n calendar(s).</source>
        <translation>
            <numerusform>%n 件のカレンダーを更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; their last good busy time is kept.</source>
        <translation>
            <numerusform>%n 件は失敗しました。最後に正常だった予定を保持しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked interview(s) now conflict: see the Bookings tab.</source>
        <translation>
            <numerusform>予約済みの面接 %n 件が競合しています。［予約］タブを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an interviewer first: a calendar belongs to one person.</source>
        <translation>先に面接官を追加してください。カレンダーは 1 人の面接官に属します。</translation>
    </message>
    <message>
        <source>Added {address}; refreshing it now.</source>
        <translation>{address} を追加しました。今すぐ更新します。</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>カレンダーを削除</translation>
    </message>
    <message>
        <source>Remove {address} and the busy time it gave?</source>
        <translation>{address} と、そこから取り込んだ予定を削除しますか？</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Connected to {where}, but it was written by a newer interviewplanner (schema {revision}): update the app first.</source>
        <translation>{where} に接続しましたが、新しい interviewplanner で書かれています（スキーマ {revision}）。先にアプリを更新してください。</translation>
    </message>
    <message>
        <source>Connected to {where}: an empty database, which interviewplanner sets up when you use it.</source>
        <translation>{where} に接続しました。空のデータベースです。使い始めると interviewplanner が準備します。</translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>面接官 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>予約 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to {where}: {people}, {bookings}.</source>
        <translation>{where} に接続しました: {people}、{bookings}。</translation>
    </message>
    <message>
        <source>There is no system keyring here: the database password is kept until you quit (or put it in ~/.pgpass).</source>
        <translation>この環境にはシステムのキーリングがありません。データベースのパスワードは終了するまで保持されます（~/.pgpass に書いておくこともできます）。</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message>
        <source>the roster</source>
        <translation>面接官名簿</translation>
    </message>
    <message>
        <source>busy time</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>the company settings</source>
        <translation>会社の設定</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>calendar sources</source>
        <translation>カレンダーの取得元</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{people} changed {what}.</source>
        <translation>{people} さんが{what}を変更しました。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo booking of {name}&apos;s panel</source>
        <translation>{name} さんのパネルの予約を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo cancel of {name}&apos;s panel</source>
        <translation>{name} さんのパネルのキャンセルを元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo reschedule of {name}&apos;s panel</source>
        <translation>{name} さんのパネルの日時変更を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo booking of {name}&apos;s panel</source>
        <translation>{name} さんのパネルの予約をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo cancel of {name}&apos;s panel</source>
        <translation>{name} さんのパネルのキャンセルをやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo reschedule of {name}&apos;s panel</source>
        <translation>{name} さんのパネルの日時変更をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>やり直せません</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WeekLoad</name>
    <message numerus="yes">
        <source>{name}: %n interview(s) that week</source>
        <translation>
            <numerusform>{name} さん: その週の面接 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPanel</name>
    <message>
        <source>&amp;Shown in:</source>
        <translation>表示タイムゾーン(&amp;S):</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>表示タイムゾーン</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>週表示</translation>
    </message>
    <message>
        <source>(week {number})</source>
        <translation>(第{number}週)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Day off</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>Company closure</source>
        <translation>会社休業日</translation>
    </message>
    <message>
        <source>Working window</source>
        <translation>勤務可能時間帯</translation>
    </message>
    <message>
        <source>Core hours</source>
        <translation>コアタイム</translation>
    </message>
    <message>
        <source>Lunch window</source>
        <translation>昼休み</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>予定あり</translation>
    </message>
    <message>
        <source>Booked interview</source>
        <translation>確定した面接</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation>d日(ddd)</translation>
    </message>
    <message>
        <source>Everyone free in core hours</source>
        <translation>全員がコアタイムに空き</translation>
    </message>
    <message>
        <source>({minutes} min)</source>
        <translation>（{minutes} 分）</translation>
    </message>
    <message>
        <source>{what} {local} local · {shown} here</source>
        <translation>{what} 現地 {local} · 表示上 {shown}</translation>
    </message>
    <message>
        <source>{time} in {zone}</source>
        <translation>{zone} では {time}</translation>
    </message>
    <message>
        <source>Everyone shown is free in core hours {start}–{end} ({zone})</source>
        <translation>全員がコアタイムに空いています: {start}–{end}（{zone}）</translation>
    </message>
    <message>
        <source>Everyone shown is in core hours, but not free: {names}</source>
        <translation>全員がコアタイムですが、空いていない人がいます: {names}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか {count} 件</translation>
    </message>
    <message>
        <source>busy {when}</source>
        <translation>予定あり {when}</translation>
    </message>
    <message>
        <source>interview {when}</source>
        <translation>面接 {when}</translation>
    </message>
    <message>
        <source>no busy time</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Week of {day}, in {zone} time. People shown: {count}.</source>
        <translation>{day} の週（{zone} 時間）。表示中の人数: {count}。</translation>
    </message>
    <message>
        <source>No time this week when everyone shown is free in core hours</source>
        <translation>今週は、表示中の全員がコアタイムに空いている時間帯がありません</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>勤務時間外</translation>
    </message>
    <message>
        <source>Not everyone shown is in core hours now</source>
        <translation>この時刻は全員がコアタイムではありません</translation>
    </message>
    <message>
        <source>Select interviewers in the roster to see their week.</source>
        <translation>名簿で面接官を選ぶと、その週の予定が表示されます。</translation>
    </message>
    <message>
        <source>Shown in {zone}</source>
        <translation>表示: {zone}</translation>
    </message>
    <message>
        <source>Everyone in core hours, not all free</source>
        <translation>全員コアタイム（空きのない人あり）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
</context>
</TS>
