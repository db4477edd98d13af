<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookingsPanel</name>
    <message numerus="yes">
        <source>%n booking(s) shown</source>
        <translation>
            <numerusform>%n booking shown</numerusform>
            <numerusform>%n bookings shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisBox</name>
    <message numerus="yes">
        <source>Ask {pool} for %n interviewer(s)</source>
        <translation>
            <numerusform>Ask {pool} for %n interviewer</numerusform>
            <numerusform>Ask {pool} for %n interviewers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>{name}: {files} of %n file(s) imported — {events} events, {busy} busy intervals.</source>
        <translation>
            <numerusform>{name}: {files} of %n file imported — {events} events, {busy} busy intervals.</numerusform>
            <numerusform>{name}: {files} of %n files imported — {events} events, {busy} busy intervals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported: nothing from them was stored, and their earlier busy time is kept.</source>
        <translation>
            <numerusform>%n file could not be imported: nothing from them was stored, and their earlier busy time is kept.</numerusform>
            <numerusform>%n files could not be imported: nothing from them was stored, and their earlier busy time is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n interviewer</numerusform>
            <numerusform>%n interviewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The roster already has %n interviewer(s). Add the demo team (eight people in Tokyo and the US, with a month of calendars) to it?</source>
        <translation>
            <numerusform>The roster already has %n interviewer. Add the demo team (eight people in Tokyo and the US, with a month of calendars) to it?</numerusform>
            <numerusform>The roster already has %n interviewers. Add the demo team (eight people in Tokyo and the US, with a month of calendars) to it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo loaded: %n interviewer(s) with a month of calendars.</source>
        <translation>
            <numerusform>Demo loaded: %n interviewer with a month of calendars.</numerusform>
            <numerusform>Demo loaded: %n interviewers with a month of calendars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message numerus="yes">
        <source>%n time(s) found.</source>
        <translation>
            <numerusform>%n time found.</numerusform>
            <numerusform>%n times found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message numerus="yes">
        <source>%n from {pool}</source>
        <translation>
            <numerusform>%n from {pool}</numerusform>
            <numerusform>%n from {pool}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message numerus="yes">
        <source>%n member(s) of {pool}</source>
        <translation>
            <numerusform>%n member of {pool}</numerusform>
            <numerusform>%n members of {pool}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <source>%n calendar(s) have had no good refresh for over a day: their busy time may be out of date. Use Refresh all, or look at the status of each.</source>
        <translation>
            <numerusform>%n calendar have had no good refresh for over a day: their busy time may be out of date. Use Refresh all, or look at the status of each.</numerusform>
            <numerusform>%n calendars have had no good refresh for over a day: their busy time may be out of date. Use Refresh all, or look at the status of each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n calendar(s).</source>
        <translation>
            <numerusform>Refreshed %n calendar.</numerusform>
            <numerusform>Refreshed %n calendars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; their last good busy time is kept.</source>
        <translation>
            <numerusform>%n failed; their last good busy time is kept.</numerusform>
            <numerusform>%n failed; their last good busy time is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked interview(s) now conflict: see the Bookings tab.</source>
        <translation>
            <numerusform>%n booked interview now conflict: see the Bookings tab.</numerusform>
            <numerusform>%n booked interviews now conflict: see the Bookings tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n interviewer</numerusform>
            <numerusform>%n interviewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekLoad</name>
    <message numerus="yes">
        <source>{name}: %n interview(s) that week</source>
        <translation>
            <numerusform>{name}: %n interview that week</numerusform>
            <numerusform>{name}: %n interviews that week</numerusform>
        </translation>
    </message>
</context>
</TS>
