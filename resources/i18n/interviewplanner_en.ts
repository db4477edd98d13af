<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Demo loaded: %n interviewer(s) with a month of calendars.</source>
        <translation>
            <numerusform>Demo loaded: %n interviewer with a month of calendars.</numerusform>
            <numerusform>Demo loaded: %n interviewers with a month of calendars.</numerusform>
        </translation>
    </message>
</context>
</TS>
