<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Reasons</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, at or above the concern cut-off %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, at or above the watch cut-off %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, at or below the concern cut-off %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, at or below the watch cut-off %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical answer: %1: &quot;%2&quot;. Needs a response today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 areas at watch level together (%2): overall level raised to concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 now, %3 at the previous screening; a change of %4 exceeds the reliable change %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 items unanswered, at most %4 allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
