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
        <source>Import .ics files into an interviewer's busy time</source>
        <translation>.ics ファイルを面接官の予定あり時間として取り込む</translation>
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
    <name>Errors</name>
    <message>
        <source>Correct this and try again.</source>
        <translation>内容を直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the database location and try again.</source>
        <translation>何も変更されていません。データベースの場所を確認して、もう一度お試しください。</translation>
    </message>
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
    <name>FirstRunPage</name>
    <message>
        <source>Plan interview panels across time zones</source>
        <translation>タイムゾーンをまたいで面接パネルを計画</translation>
    </message>
    <message>
        <source>Start with your interviewers: their time zone, national holidays and flex-time policy. Then import each person's calendar (.ics) to see when they are free.</source>
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
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>スキップ: {reason}</translation>
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
        <translation type="unfinished" />
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
        <source>Flex-time policy (empty = company default, in grey)</source>
        <translation>フレックスタイム（空欄 = 会社の既定値、灰色で表示）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
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
        <source>Saved {name}.</source>
        <translation>{name} さんを保存しました。</translation>
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
        <source>Drop to import into {name}'s calendar</source>
        <translation>ドロップすると {name} さんのカレンダーとして取り込みます</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a range such as 10:00–19:00, with times on the 24-hour clock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end must be later than the start, e.g. 10:00–19:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min of lunch do not fit in the lunch window {window}.</source>
        <translation>{minutes} 分の昼休みは、昼休みの時間帯 {window} に収まりません。</translation>
    </message>
    <message>
        <source>Use days such as Mon-Fri or Mon,Tue,Thu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days run from Monday to Sunday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>勤務日を 1 日以上選んでください。</translation>
    </message>
</context>
<context>
    <name>ReasonWording</name>
    <message>
        <source>{email} is not on the roster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool “{pool}” has {have} interviewers; the session needs {need}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The panel needs {need} minutes, more than the search range holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate is not available at those times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sessions would fall on different days for the candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} does not work on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} is on a {country} holiday on {day} ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company is closed for {who} on {day} ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who}'s working hours ({detail}) do not cover those times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} interviews only in core hours ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} is busy at those times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} needs {need} free minutes between interviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} would go over the limit of {need} interviews on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} would go over the limit of {need} interviews in the week of {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} would lose the {need}-minute lunch on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool “{pool}” has at most {have} of the {need} interviewers needed free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool “{pool}” cannot staff every session of the panel at once.</source>
        <translation type="unfinished" />
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
        <source>Drop .ics files here to import {name}'s calendar</source>
        <translation>.ics ファイルをここにドロップすると {name} さんのカレンダーとして取り込みます</translation>
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
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
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
        <source>Everyone shown is in core hours {start}–{end} ({zone})</source>
        <translation>全員がコアタイム: {start}–{end} ({zone})</translation>
    </message>
    <message>
        <source>Select interviewers in the roster to see their week.</source>
        <translation>名簿で面接官を選ぶと、その週の予定が表示されます。</translation>
    </message>
    <message>
        <source>No hour this week when everyone shown is in core hours</source>
        <translation>今週は、表示中の全員がコアタイムに入る時間帯がありません</translation>
    </message>
    <message>
        <source>Shown in {zone}</source>
        <translation>表示: {zone}</translation>
    </message>
    <message>
        <source>Everyone in core hours</source>
        <translation>全員がコアタイム</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
</context>
</TS>
