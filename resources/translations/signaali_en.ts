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
<context>
    <name>main</name>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInCodeSheet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in codes: class %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut along the lines and give each pupil their own slip. A code works until the pupil has finished this screening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInPage</name>
    <message>
        <source>%1, already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name, then give the day and month of your birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday (day.month):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for the nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a message for the nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type your code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::KioskSetupDialog</name>
    <message>
        <source>Start a screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a new round, e.g. &quot;autumn 2026, grade 8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN to leave the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a class list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the official wording file before it can be administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no class lists yet. Import one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN needs at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round or name a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::KioskWindow</name>
    <message>
        <source>Your answer could not be saved. Please tell the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That birthday does not match the name. Try again, or ask the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already answered this questionnaire. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers have been saved. The nurse will go through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school nurse will talk with you today. You are not alone with this.

If you need help right now: talk to the nurse or another adult you trust, chat with Sekasin (sekasin.fi), call the MIELI crisis line 09 2525 0111, or in an emergency call 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Continue to go on answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN to leave the screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN for the live view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::LiveViewDialog</name>
    <message>
        <source>Screening in progress: class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL ANSWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1, in progress %2, not started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical answers, talk with the pupil today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in codes as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in-codes-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the question aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ReadAloud</name>
    <message>
        <source>Read aloud is not available on this computer: no speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud is not available in this language: no voice is installed for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
