<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnalyticsStyle</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at concern level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged (watch or concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed (small group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSignals</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99.8 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the share %3 rose over %4 rounds from %5 to %6 (test for trend: %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: rising, %1 (two-sided), %n round(s).</source>
        <translation>
            <numerusform>Test for trend: rising, %1 (two-sided), %n round.</numerusform>
            <numerusform>Test for trend: rising, %1 (two-sided), %n rounds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: falling, %1 (two-sided), %n round(s).</source>
        <translation>
            <numerusform>Test for trend: falling, %1 (two-sided), %n round.</numerusform>
            <numerusform>Test for trend: falling, %1 (two-sided), %n rounds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: no change, %n round(s).</source>
        <translation>
            <numerusform>Test for trend: no change, %n round.</numerusform>
            <numerusform>Test for trend: no change, %n rounds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelStyle</name>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, critical answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>RefusalText</name>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurse user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurse name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurse password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the welfare group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a pupil&apos;s identified data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the identified data of a school&apos;s pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a pupil&apos;s flags handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record actions on a pupil&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share a pupil&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see who has viewed pupils&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see group figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import class lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create screening rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a pupil&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: no user with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member: no user with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools: no school with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class: no class with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round: no round with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: no action with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: no result with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share: no share with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters</source>
        <translation>
            <numerusform>%1: at most %n character</numerusform>
            <numerusform>%1: at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at least %n characters</source>
        <translation>
            <numerusform>%1: at least %n character</numerusform>
            <numerusform>%1: at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use 2 to 64 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name: &apos;%1&apos; is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurse user name: must differ from the administrator&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old password: wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools: a nurse or a welfare group needs at least one school (without one the account sees nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools: only a nurse or a welfare group is assigned schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: an administrator cannot deactivate their own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school: &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: the round needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up date: required for a booked follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up date: only a booked follow-up has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: not a result of this pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: not a booked follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: at least two letters of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes: the result has no flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes: the result has no flag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out: the file to write is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member: a case is shared only with an active case team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member: the case is already shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: %1 may not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: the account is not signed in or no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: this pupil&apos;s case has not been shared with you, or the share has been withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: the pupil is not in a school assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: only a coordinator sees the whole municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: the school is not assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: the school &apos;%1&apos; is not assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school: there is no school &apos;%1&apos; (only an administrator adds schools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-up has already been done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: only the one who recorded an action can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: an action can be corrected or removed only on the day it was recorded; record a new action instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: no such pupil in a school assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil: no such pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil: no pupil &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: no user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no round &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument: no results of &apos;%1&apos; are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not do this; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit log, so nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hash the password (out of memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the version before the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the removed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case team members could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored definition of &apos;%1&apos; %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored, but the audit log could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roundIds: no round with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schoolIds: no school with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roundIds: choose at least one round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grades: %1 is not a grade (0 is &quot;not recorded&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genders: &apos;%1&apos; is not one of &quot;&quot; (all), female, male, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrumentId: choose an instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domainIds: instrument &apos;%1&apos; has no domain &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown: funnel plots compare classes, grades or schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: schools are compared with the municipality, not with a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold: %1 is below the minimum %2; smaller groups could identify pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schoolIds: school %1 is not one of your schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold: only an administrator may change the small-group threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response: no response with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil: no pupil with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round: a round named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1 is not in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pupil has already completed this screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a benchmark account&apos;s name starts with bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Signaali database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer version of Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benchmarks run on demo databases only (signaali-cli generate-demo); this one has user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no school &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pupil of the group has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database could not be brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup did not pass its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is the database or one of its files; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file exists; give --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: row %2 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: row %2 does not follow the row before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: rows are missing at row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup was made before set-up (it has no accounts); confirm the replacement to restore it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup is of another municipality; confirm the replacement to restore it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is busy (another program holds it); try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another Signaali program has the database open; close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not allowed: too many wrong check-ins; try again in %n second(s)</source>
        <translation>
            <numerusform>not allowed: too many wrong check-ins; try again in %n second</numerusform>
            <numerusform>not allowed: too many wrong check-ins; try again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>not allowed: too many wrong check-ins; the nurse unlocks check-in with her PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: the pupil of this questionnaire has not checked in on this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the cases shared with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the figures of the whole municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm access to a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: the password was reset; change it before anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: access to a school is confirmed by someone else than the one who gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password: choose a password of your own, not the one you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this access has already been confirmed, refused or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 of the database is damaged or has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is encrypted; sign in to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is already encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the user name and password, or the recovery key, do not open this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust other installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send pupils&apos; results to another installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive pupils&apos; results from another installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send group counts to the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive group counts from schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is missing or has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instrument version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument definition cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference that the bundle does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer outside its scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Signaali bundle, or its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle has format version %2, newer than this Signaali reads; update Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s signature does not hold; it was changed after it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle is addressed to another installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle comes from a newer database (schema %2); update Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bundle %2 has already been imported; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle ends early (the file is incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s content is damaged or was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2: a summary bundle may not carry data about a single pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s content does not match its signed header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not a Signaali device line (signaali-device ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; is already trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation is already trusted as &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is this installation&apos;s own device line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this installation holds the school&apos;s own results; a summary of it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: %1 was made by an installation this one does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: %1 was made by &apos;%2&apos;, whose trust has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: pupils&apos; identified data goes only to a nurse of their school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identity code of a pupil of another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since: no bundle %1 was sent to that installation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondentCount</name>
    <message numerus="yes">
        <source>Based on %1 in %n group(s)</source>
        <translation>
            <numerusform>Based on %1 in %n group</numerusform>
            <numerusform>Based on %1 in %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>no respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on fewer than %1 respondents in each of %n group(s)</source>
        <translation>
            <numerusform>Based on fewer than %1 respondents in %n group</numerusform>
            <numerusform>Based on fewer than %1 respondents in each of %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and fewer than %2 in each of %n more group(s)</source>
        <translation>
            <numerusform>%1 and fewer than %2 in %n more group</numerusform>
            <numerusform>%1 and fewer than %2 in each of %n more groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The number of respondents is hidden in %n group(s)</source>
        <translation>
            <numerusform>The number of respondents is hidden in %n group</numerusform>
            <numerusform>The number of respondents is hidden in %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the number of respondents is hidden in %n more group(s)</source>
        <translation>
            <numerusform>%1; the number of respondents is hidden in %n more group</numerusform>
            <numerusform>%1; the number of respondents is hidden in %n more groups</numerusform>
        </translation>
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
    <name>signaali::ui::AccessLogPage</name>
    <message>
        <source>Every view of identified data, every export and every change. The log can only grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has viewed or changed your pupils&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the log as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::AccessNoticesPage</name>
    <message>
        <source>Access waiting for your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator has given these accounts access to the identified data of a school. It takes effect only when a nurse of the school (or the coordinator, where the school has none) confirms it. Confirm only people you know should have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has access to %2 since %3: the first nurse, at first set-up, which nobody else could confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had access to %2 since %3: given by %4, confirmed by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your password was reset by %1 on %2. %n action(s) were logged under your account from then until now; they are marked in the log. If you did not make them, tell the coordinator.</source>
        <translation>
            <numerusform>Your password was reset by %1 on %2. %n action was logged under your account from then until now; it is marked in the log. If you did not make it, tell the coordinator.</numerusform>
            <numerusform>Your password was reset by %1 on %2. %n actions were logged under your account from then until now; they are marked in the log. If you did not make them, tell the coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1 was reset by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::AccountChecks</name>
    <message>
        <source>Fill in the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name needs 2 to 64 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password can have at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the name of the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the school can have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one school: a nurse or a pupil welfare group without a school sees nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a nurse or a pupil welfare group is assigned schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a school called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali has already been set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurse needs a user name of her own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::AnsweredList</name>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has answered: class %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1, in progress %2, not answered %3</source>
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
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. Confidential: pupils&apos; names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::AuditText</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the class overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the attention list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the case actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the case shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed handled flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the screening&apos;s live view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed check-in codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported group figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked flags handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a case action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked a follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated or deactivated an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported a class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the small-group threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the name of an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>attention list, %n result(s)</source>
        <translation>
            <numerusform>attention list, %n result</numerusform>
            <numerusform>attention list, %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log entry(ies)</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case action(s)</source>
        <translation>
            <numerusform>%n case action</numerusform>
            <numerusform>%n case actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n share</numerusform>
            <numerusform>%n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handled flag(s)</source>
        <translation>
            <numerusform>%n handled flag</numerusform>
            <numerusform>%n handled flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due by %1</source>
        <translation>
            <numerusform>%n follow-up due by %1</numerusform>
            <numerusform>%n follow-ups due by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>, pseudonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check-in code(s), class id %1, round id %2</source>
        <translation>
            <numerusform>%n check-in code, class id %1, round id %2</numerusform>
            <numerusform>%n check-in codes, class id %1, round id %2</numerusform>
        </translation>
    </message>
    <message>
        <source>class %1, round %2, questionnaire %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1, round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s), response %1</source>
        <translation>
            <numerusform>%n flag, response %1</numerusform>
            <numerusform>%n flags, response %1</numerusform>
        </translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with %1, the pupil&apos;s consent given %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with %1, the guardian&apos;s consent given %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share with %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire %1 %2, round id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class list %1, pupil added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class list %1, pupil updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1, role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1, no schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1, school ids %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator %1, nurse %2, school id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the audit log&apos;s chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in at the kiosk did not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in at the kiosk was locked after wrong attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked check-in at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named the pupil in a class list of another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the database with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted another installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the trust in an installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent results in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received results from a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the conflicts of received results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named the pupil in a bundle for another school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::BundleText</name>
    <message>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second completed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle had this response with other answers than the ones kept here. The ones here were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil completed this questionnaire in the same round on both installations. The response here was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures received from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results received from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle held nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) matched to the same pupil, school, class or round here.</source>
        <translation>
            <numerusform>%n record matched to the same pupil, school, class or round here.</numerusform>
            <numerusform>%n records matched to the same pupils, schools, classes or rounds here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished questionnaire(s) replaced by the completed one.</source>
        <translation>
            <numerusform>%n unfinished questionnaire replaced by the completed one.</numerusform>
            <numerusform>%n unfinished questionnaires replaced by the completed ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) erased here, as they had been erased there.</source>
        <translation>
            <numerusform>%n pupil erased here, as they had been erased there.</numerusform>
            <numerusform>%n pupils erased here, as they had been erased there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of pupils already erased here left out.</source>
        <translation>
            <numerusform>%n record of pupils already erased here left out.</numerusform>
            <numerusform>%n records of pupils already erased here left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing here was overwritten; see the conflicts below.</source>
        <translation>
            <numerusform>%n conflict: nothing here was overwritten; see the conflicts below.</numerusform>
            <numerusform>%n conflicts: nothing here was overwritten; see the conflicts below.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures for %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted for %1 only and signed by this installation. Take it there (a memory stick, or the municipality&apos;s secure transfer) and receive it on its Send and receive page; then delete it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of pupils here in a school you are not a nurse of left out.</source>
        <translation>
            <numerusform>%n record of a pupil here in a school you are not a nurse of left out.</numerusform>
            <numerusform>%n records of pupils here in schools you are not a nurse of left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signaali::ui::CasePanel</name>
    <message>
        <source>no later result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of handled flags by the next screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled flags after the next screening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the case team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case team members this case is shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no case team members to share with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the share to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own actions can be corrected on the day you recorded them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the action to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own actions of today can be corrected; record a new action instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the action to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; recorded %2? It stays in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ChartPanel</name>
    <message>
        <source>Caption of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as a PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table behind the chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table behind the chart as an Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg, .pdf, .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInCodeSheet</name>
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
    <message>
        <source>Give the day and the month of your birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse: unlock check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ClassOverviewPage</name>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch or concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils of the class and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation>
            <numerusform>%1 (%n pupil)</numerusform>
            <numerusform>%1 (%n pupils)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a class and a round.</source>
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
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: completed %3, in progress %4, not answered %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has answered (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print who has answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ConflictsPanel</name>
    <message>
        <source>Conflicts from received results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received bundle had these results differently from this installation. Nothing here was overwritten: open the profile to check the result kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::CriticalAnswerBanner</name>
    <message>
        <source>Critical answer %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the latest result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::DashboardFilters</name>
    <message>
        <source>&amp;Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain of the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which share is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At concern level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (watch or concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::DashboardWidget</name>
    <message>
        <source>Group and trend figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no figures are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the group signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures are not available to you.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no schools whose figures you could see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no screening rounds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with fewer than %1 respondents are not broken down; counts from 1 to 4 are shown as a range, and further counts are hidden where a hidden one could be worked out by subtraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. No class or school stands out: no share lies outside the funnel limits or rises significantly over the rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 group signals, %3 of them at concern level: classes or schools whose share %4 lies outside the funnel limits around the municipal share, or rises over the rounds. About one group in twenty lies outside the 95 % limits by chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel plot: the reference share is suppressed or there are no respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 groups with %3 respondents placed; %4 groups not placed because their count is suppressed. A point outside the dashed lines lies outside the 95 % limits (about one group in twenty does so by chance), outside the solid lines beyond the 99.8 % limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n group(s) with a suppressed part (grey). %3</source>
        <translation>
            <numerusform>%1. %2. %n group with a suppressed part (grey). %3</numerusform>
            <numerusform>%1. %2. %n groups with a suppressed part (grey). %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n cell(s) suppressed (grey, hatched, –). %3</source>
        <translation>
            <numerusform>%1. %2. %n cell suppressed (grey, hatched, –). %3</numerusform>
            <numerusform>%1. %2. %n cells suppressed (grey, hatched, –). %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signaali::ui::DevicesPage</name>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another installation trusts this one by its device line: give it the line as a file or copy it. Its administrator then compares the fingerprint with the one shown here, read out in the same room or on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy device line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save device line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are sent only to these installations and received only from them. A revoked one&apos;s bundles are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device line is on the clipboard. Its fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save device line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device files (*.device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device line was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Take it to the other installation; its administrator compares the fingerprint %2 with this screen before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device files (*.device);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a device file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Signaali device file: its first line is not a device line (signaali-device …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this installation&apos;s own device file; trust the other installation&apos;s file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now trusted: results can be sent to it and received from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an installation in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has already been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the trust in “%1” (fingerprint %2)? Its bundles are refused from now on and nothing more can be sent to it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::DistributionChart</name>
    <message>
        <source> (n %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of levels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of OK, watch and concern shares in %1 groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::FunnelChart</name>
    <message>
        <source>Funnel plot, %1: share %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % control limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99.8 % control limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal share %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School share %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the 95 % limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the 99.8 % limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the 95 % limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents in the group (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel plot of %1 groups, %2 outside the 95 % limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::GreetingBar</name>
    <message>
        <source>Hi, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not you? Back to choosing your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::GroupSignalTable</name>
    <message>
        <source>Group signals with their reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the funnel limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising over the rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::HeatMapWidget</name>
    <message>
        <source>Heat map of concern shares by group and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (n %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 at concern level (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 95 % interval %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed: %1 at concern level of %2 respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share at concern level by group and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share at concern level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown to protect small groups; n 1–%1: fewer than %2 respondents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::HistoryChart</name>
    <message numerus="yes">
        <source>Chart of the pupil&apos;s scores over %n round(s)</source>
        <translation>
            <numerusform>Chart of the pupil&apos;s scores over %n round</numerusform>
            <numerusform>Chart of the pupil&apos;s scores over %n rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over the screening rounds (higher is more burden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the domain&apos;s maximum score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::HtmlPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>No school is assigned to you; the administrator assigns schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of your views in the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud does not work on this computer: no text-to-speech voices are installed. Pupils who need the questions read to them need your help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud has voices in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice in: %1; pupils answering in it cannot have questions read aloud.</source>
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
    <message>
        <source>Live view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live view is not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in is locked after too many wrong tries. Please ask the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN to unlock check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in was not unlocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
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
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::PasswordChangePage</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the administrator has set a one-time password for your account. Choose a password of your own (at least 10 characters) before you go on. Afterwards you will see who reset it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::PinDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::PinGuard</name>
    <message numerus="yes">
        <source>Wrong PIN too many times. The PIN can be tried again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN too many times. The PIN can be tried again in %n second.</numerusform>
            <numerusform>Wrong PIN too many times. The PIN can be tried again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfilePage</name>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the visit (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest result by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, class %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed questionnaires yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, round %2, answered %3. Overall level: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfileSummary</name>
    <message>
        <source>Talked with the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the school psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the school social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to urgent care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check summary: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 · class %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, answered %2. Overall: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. A screening aid, not a diagnosis. Confidential patient data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::PupilSearchBox</name>
    <message>
        <source>Find a pupil by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils whose name matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil of your schools has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) found</source>
        <translation>
            <numerusform>%n pupil found</numerusform>
            <numerusform>%n pupils found</numerusform>
        </translation>
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
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, or choose one with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, or choose one with the arrow keys. You can also skip this question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ReadAloud</name>
    <message>
        <source>Reading aloud does not work on this computer. If you need help with reading, ask the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud does not work in this language on this computer. If you need help with reading, ask the nurse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::RecoverySheetDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now encrypted. This recovery key opens it if every administrator forgets their password. Save it as a PDF or print it now, and keep it locked away with the municipality&apos;s other keys: Signaali does not store it and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1, encrypted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the database when every administrator&apos;s password is lost: signaali-cli recover --db DATABASE --user ADMIN gives that administrator a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone who has it and the database file can read the pupils&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signaali-recovery-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has not been saved or printed. It cannot be shown again. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::RoleText</name>
    <message>
        <source>School nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil welfare group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::SetupWizard</name>
    <message>
        <source>Setting up Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator manages users, schools and questionnaires. The administrator does not see results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first school nurse. She sees the results of the pupils in her schools and runs screenings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality and school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali keeps all data on this computer. More schools can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. A pass phrase of several words is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the user name and the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the municipality and the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurse needs a user name of her own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::SharedCasesPage</name>
    <message>
        <source>Pupils whose case a school nurse has shared with you, with the pupil&apos;s or guardian&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::SignInPage</name>
    <message>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your password to go on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; health data: sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong user name or password. Try again in %n second.</numerusform>
            <numerusform>Wrong user name or password. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::StartPage</name>
    <message>
        <source>Critical answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several signals together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visits that are due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils whose results need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Follow-ups due (%n)</numerusform>
            <numerusform>Follow-ups due (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, questionnaire not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::TransferPage</name>
    <message>
        <source>Send results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results go to another installation as one file, encrypted for it and signed by this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; results (for a nurse of the same schools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures only (counts, for the coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle file made for this installation by one it trusts. It is checked whole before anything is merged: a bundle that fails a check changes nothing, and the same bundle is received only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceive results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted installation: the administrator trusts one on the Devices page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <comment>in a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali bundles (*.bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali bundles (*.bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the installation to send to. The administrator trusts installations on the Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one school to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one round to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrendChart</name>
    <message>
        <source>%1, %2: share %3 over the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart of the share %1 in %2 over %3 rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrendPage</name>
    <message>
        <source>Group of the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group for the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for %1 with this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Based on %2 questionnaires over %3 rounds up to %4. The band is the 95 % Wilson interval: with few respondents, it is wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn (suppressed or no respondents): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. No round can be drawn for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrustDeviceDialog</name>
    <message>
        <source>Trust another installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person at the other installation to read out the fingerprint on its Devices page, and type what they read here. Trust the file only if the two are the same: a file swapped or changed on the way has another fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint the other installation shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name for it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint the other installation shows on its Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this file, so it is not trusted. Check it again with the other installation; if it still differs, the file does not come from there: ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds the device line of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::UserEditor</name>
    <message>
        <source>Change the chosen user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::UsersPage</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools (nurse, welfare group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures: groups with fewer respondents than this are not broken down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-group threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: sees nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waits for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::WorkspaceWindow</name>
    <message>
        <source>&amp;Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can unlock. Sign out to change user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Read the notices on this page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be encrypted and stays as it was:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now encrypted. These accounts sign in once with these passwords and then choose their own. Give each to its owner in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
