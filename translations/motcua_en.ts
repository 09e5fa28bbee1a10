<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessKey</name>
    <message>
        <source>The card access number must be 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRZ key must be the document number, the date of birth and the expiry date, each with its check digit (24 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check digit of the MRZ key does not match: please check the document number and the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessKeys</name>
    <message>
        <source>The document number may hold only letters A–Z and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth must be 6 digits, YYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be 6 digits, YYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppletTransport</name>
    <message>
        <source>The card was taken out. Put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The document file changed while it was being saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored document is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored document was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be a number from 1900 to 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: approximate holidays, not verified against the law text: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date and time like 2025-04-29T16:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number of working days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarOverride</name>
    <message>
        <source>The holiday announcement file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has no valid &quot;date&quot; (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is not in the year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry for %1 needs a name in Vietnamese and English (&quot;vi&quot;, &quot;en&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a year from 1900 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file for the year %1 must be named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; (the announcement) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday announcement file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>The catalog folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure id &quot;%1&quot; is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure number %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CccdQr</name>
    <message>
        <source>personal ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code does not start with a valid personal ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code was read only in part; missing: %1. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code has %1 fields, which is not a known CCCD layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old ID number in the QR code must have 9 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name in the QR code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the QR code is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the QR code is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex in the QR code is neither Nam nor Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date in the QR code is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date in the QR code is before the date of birth or in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds no issue date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>A test certificate or key could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipAccess</name>
    <message>
        <source>This card needs the MRZ (the three lines on the back) to be opened: the card access number is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citizen</name>
    <message>
        <source>The citizen file for the simulated card is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>The workstation&apos;s data key could not be read. Ask the administrator to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s data key file is damaged. Ask the administrator to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s data key could not be created. Check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>This workstation already holds dossiers: demo data is only seeded into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dg13</name>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s %1 is not a date this workstation can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s sex field holds neither Nam nor Nữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s expiry date is neither a date nor &quot;no expiry&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDecoder</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a picture or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: this computer&apos;s account may not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; is protected by a password. Save or scan it again without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; is damaged and cannot be read. Scan the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a picture or a PDF that this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is damaged and cannot be read. Take or scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>A dossier that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for rejecting the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the status change is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierCodePattern</name>
    <message>
        <source>The dossier code pattern has a &quot;}&quot; without a matching &quot;{&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code pattern has a &quot;{&quot; that is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code pattern uses an unknown field {%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code pattern must contain a sequence number, such as {seq:04}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code pattern may contain only one sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierJson</name>
    <message>
        <source>The dossier data is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was written by a newer version of MotCua Counter. Update this workstation to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>[damaged data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key is missing: the dossier database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier database is damaged or is not a MotCua Counter database. It was left unchanged; call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier cannot be saved: its procedure or its received time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 was changed meanwhile. Open it again and repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of a saved dossier cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free dossier code was found. Check the code pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier&apos;s data is damaged or was altered and cannot be shown. Run the database check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync queue entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database check found %1 problem(s). Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was not found on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Emrtd</name>
    <message>
        <source>The card&apos;s data could not be read. Take the card out and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer could not be verified. Take the card out and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the access key: check the ID number or the MRZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not answer as an ID card should. Take the card out and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not offer PACE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not allow this file to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not hold this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip could not prove it is genuine (chip authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip could not prove it is genuine (active authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmrtdReader</name>
    <message>
        <source>The chip&apos;s %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip holds no security object, so its data cannot be proven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>The workstation could not make its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the one expected. Nothing was saved; check the server address and the fingerprint with the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s CA fingerprint (--ca-fingerprint), or accept it on first use (--trust-on-first-use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server could not be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceImageCodec</name>
    <message>
        <source>The face image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>The stored data is damaged or was protected with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored data was written by another version of the program and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilledForm</name>
    <message>
        <source>This field was not filled from population data: change it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for changing a value that comes from population data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>This value comes from population data: record a reason to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>This value does not have the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 12-digit personal ID has 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old ID card (CMND) number has 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 10 digits starting with 0, or +84 and 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax code has 10 or 13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure needs the %1: add them to the dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>There are no public holiday rules for %1 (supported: %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no public holiday rules for the year %1 (supported: %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for Lunar New Year (Tết)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for Hùng Kings&apos; Commemoration Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for Reunification Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for International Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddha&apos;s Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for Buddha&apos;s Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for National Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Scan the QR code on the citizen&apos;s ID card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier cannot be saved: the clerk&apos;s name or the time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The dossier is not complete: %n thing(s) to correct.</source>
        <translation>
            <numerusform>The dossier is not complete: %n thing to correct.</numerusform>
            <numerusform>The dossier is not complete: %n things to correct.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LdsError</name>
    <message>
        <source>The chip&apos;s %1 is damaged or in an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s %1 uses a format this workstation does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s EF.CardAccess is damaged or in an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LdsWriter</name>
    <message>
        <source>An MRZ needs the personal ID, full name, date of birth and sex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LunarCalendar</name>
    <message>
        <source>The date is outside the supported calendar (1900 to 2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lunar date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lunar year has no leap month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lunar month has only %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassiveAuth</name>
    <message>
        <source>The chip&apos;s %1 does not match what the issuing authority signed: the data may have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s %1 is not covered by the issuing authority&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data group was read, so none could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip carries no document signer certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing authority&apos;s signature on the chip&apos;s data is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSCA certificate has been imported, so the chip&apos;s signer cannot be checked. An administrator must import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s signer could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s document signer certificate was not valid on the day of reading (expired or not yet valid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s document signer certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip was signed by an authority this workstation does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcscError</name>
    <message>
        <source>No card reader was found. Check that the reader is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card on the reader, or the card does not answer. Place the card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken off the reader before reading finished. Place it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader was unplugged or cannot be used. Plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader reported an error. If it happens again, call technical support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcscTransport</name>
    <message>
        <source>The card cannot receive this command: it is too long for this card or reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card sent an answer that is too long. Try again with another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card sent an answer that cannot be read. Place the card again and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalId</name>
    <message>
        <source>The personal ID number must have 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal ID number may contain digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal ID number does not start with a known province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal ID number gives a birth year in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal ID number was issued for someone born in the %1s, but the date of birth is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year in the personal ID number does not match the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal ID number is for a %1 holder, but the sex given is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureParser</name>
    <message>
        <source>A form has at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section id &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section has at least one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field id uses only letters, digits, &quot;_&quot; and &quot;.&quot;, like &quot;holder.fullName&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot; (known types: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binding looks like &quot;role.key&quot;, e.g. &quot;holder.fullName&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party of this procedure (parties: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of population data (see PersonKey in SCHEMA.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 fields have &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum length is 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is larger than the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only choice fields have &quot;options&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field has at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option&apos;s value cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; (known keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required key &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a text string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a text object {&quot;vi&quot;: &quot;...&quot;, &quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vietnamese text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported schema version %1 (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id uses only a-z, 0-9 and single hyphens, like &quot;dang-ky-khai-sinh&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure number must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date written yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online service level is 2, 3 or 4, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing time cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sector &quot;%1&quot; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agency level &quot;%1&quot; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the name of a legal document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure has at least one party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is one word of letters and digits starting with a lower-case letter, like &quot;holder&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either &quot;required&quot;: true or &quot;requiredWhen&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document id uses only a-z, 0-9 and single hyphens, like &quot;birth-notice&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps go in ascending order: step %1 cannot follow step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a procedure id like &quot;dang-ky-khai-sinh&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps take %1 working days in all, but processingDays says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition has either &quot;equals&quot; or &quot;notEmpty&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a text, a number, true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition names the field &quot;%1&quot;, which the form does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options of the field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is yes/no: compare it with true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCommand</name>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR code of a citizen identity card (CCCD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incomplete CCCD QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of permanent residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified by the chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, but NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APDUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG13 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG13 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSCA file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSCA certificate was given (--csca): the card can be read but not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadersCommand</name>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanTextRepair</name>
    <message>
        <source>French (AZERTY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (QWERTZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n accent mark(s) that the input method had added a second time.</source>
        <translation>
            <numerusform>Removed %n accent mark that the input method had added a second time.</numerusform>
            <numerusform>Removed %n accent marks that the input method had added a second time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some letters carry two different tone marks (added by the input method). Check the name and address against the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner typed through the %1 keyboard layout; the text was converted back. Set this computer or the scanner to the US (English) keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be converted back from that keyboard layout: check the text.</source>
        <translation>
            <numerusform>%n character could not be converted back from that keyboard layout: check the text.</numerusform>
            <numerusform>%n characters could not be converted back from that keyboard layout: check the text.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner dropped the Vietnamese accents, so the name and address read without them (for example NGUYEN VAN A). Check them against the card, or read the chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and address lost most of their accents and a few letters were changed by the Vietnamese input method (Unikey, ibus, fcitx). Check them against the card, or read the chip; switch the input method to English while scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vietnamese input method (Unikey, ibus, fcitx) changed letters in this code. Switch the input method to English and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerSettings</name>
    <message>
        <source>The scanner setting &quot;%1&quot; has an invalid value; using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial scanner is switched on but no port is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimCommandLine</name>
    <message>
        <source>The simulator&apos;s arguments are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SodWriter</name>
    <message>
        <source>The test security object could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This file is not a MotCua Counter database. It was left unchanged; check the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier database was written by a newer version of MotCua Counter. Update this workstation; the database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier database is damaged or is not a MotCua Counter database. It was left unchanged; call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the dossier could not be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier database is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier database cannot be opened for writing. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>This workstation&apos;s connection to the central server is not set up correctly. Ask the administrator to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The central server does not recognise this workstation. Ask the administrator to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate has expired. Ask the administrator to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server no longer accepts this workstation. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server already holds another version of this dossier. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digitised document did not arrive intact. Sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused a document as too large. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused the dossier as invalid. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired. Ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused this workstation&apos;s enrollment request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused this workstation. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused the dossier. Call the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Td1Mrz</name>
    <message>
        <source>The MRZ must be 3 lines of 30 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the MRZ has %2 characters instead of 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRZ has a character that cannot be in an MRZ (line %1, position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 position %2: &apos;%3&apos; (a misread &apos;%4&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRZ has letters where digits must be: %1. Check them against the card and correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 in the MRZ must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of the %1 does not match: the MRZ was misread or mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document number check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal ID number check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal ID number in the MRZ is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the MRZ is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date in the MRZ is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole MRZ (final check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex in the MRZ is not M, F or &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name line of the MRZ is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This MRZ holds no Vietnamese personal ID number: it is not from a CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number in the MRZ is not the end of the personal ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestPki</name>
    <message>
        <source>The test PKI folder could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>A CSCA certificate, CRL or master list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSCA certificate folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifiedIdentity</name>
    <message>
        <source>The chip was not read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip could not prove it is the original: it may be a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip was not asked to prove it is the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s data could not be proven to come from the issuing authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the printed QR code only, which carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in: nothing was read from the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VpcdConnection</name>
    <message>
        <source>The virtual reader&apos;s address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the virtual card reader. Is pcscd with vpcd running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated card&apos;s answer is too long for the virtual reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual card reader closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar has no working day for a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office hours are not valid: the office must open before it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of working days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationConfig</name>
    <message>
        <source>The workstation settings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation settings file is damaged. Correct or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation settings cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier database in this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be created. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cccd-sim</name>
    <message>
        <source>The citizen file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>One-stop reception counter workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load everything, print what loaded, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::app::DossierTableModel</name>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::app::HandheldScanners</name>
    <message>
        <source>Handheld scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::app::IntakeDialog</name>
    <message>
        <source>From the card&apos;s chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the QR code on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the lines printed on the back of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the population database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an earlier dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure needs no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in some cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on the citizen&apos;s ID card (Scan panel): their details then fill in by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: &lt;b&gt;%1&lt;/b&gt; · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::app::MainWindow</name>
    <message>
        <source>MotCua Counter — one-stop reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workstation&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency %1 · unit %2 · workstation %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Procedures&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossiers on this workstation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: 12-digit ID, dossier code, or name (diacritics optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure file(s) could not be loaded and were skipped; see the log.</source>
        <translation>
            <numerusform>%n procedure file could not be loaded and was skipped; see the log.</numerusform>
            <numerusform>%n procedure files could not be loaded and were skipped; see the log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dossiers have not reached the central server for %n day(s): the province has stopped new intakes until they do. Check the network.</source>
        <translation>
            <numerusform>Dossiers have not reached the central server for %n day: the province has stopped new intakes until they do. Check the network.</numerusform>
            <numerusform>Dossiers have not reached the central server for %n days: the province has stopped new intakes until they do. Check the network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dossiers have not reached the central server for %n day(s). Check the network.</source>
        <translation>
            <numerusform>Dossiers have not reached the central server for %n day. Check the network.</numerusform>
            <numerusform>Dossiers have not reached the central server for %n days. Check the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 sent, %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New dossiers are stopped: the dossiers of this workstation have not reached the central server for %n day(s). Check the network; you can take new dossiers again once they are sent.</source>
        <translation>
            <numerusform>New dossiers are stopped: the dossiers of this workstation have not reached the central server for %n day. Check the network; you can take new dossiers again once they are sent.</numerusform>
            <numerusform>New dossiers are stopped: the dossiers of this workstation have not reached the central server for %n days. Check the network; you can take new dossiers again once they are sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a procedure in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new dossier for this procedure (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::app::ProcedureDetails</name>
    <message>
        <source>Choose a procedure to see what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n working day(s)</source>
        <translation>
            <numerusform>Processing time: %n working day</numerusform>
            <numerusform>Processing time: %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Online service level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1 VND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier digitised copy may be reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interlinked steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::app::ProcedureListModel</name>
    <message numerus="yes">
        <source>%1 — %n working day(s), online level %2</source>
        <translation>
            <numerusform>%1 — %n working day, online level %2</numerusform>
            <numerusform>%1 — %n working days, online level %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::app::ScanPanel</name>
    <message>
        <source>Pictures and PDF files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the codes in a photo or a scanned document. You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is off. Press &quot;Start camera&quot; to read a card&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera. Plug in a camera, or open a picture or a scanned PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code inside the green frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code found in &quot;%1&quot;: try a sharper scan, or a photo taken closer to the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::app::ScanResultView</name>
    <message>
        <source>CCCD card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD card, QR code incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old ID number (CMND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the QR code on the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::app::StoreWorker</name>
    <message>
        <source>The workstation&apos;s data is not open: the dossier was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty: scan the document again and attach the new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::camera::CameraControl</name>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is used by another program or cannot be opened. Close the other program, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::scanners::SerialScanner</name>
    <message>
        <source>The serial scanner is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port is chosen for the serial scanner. Choose one in the scanner settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner port %1 was not found. Plug the scanner in and set it to USB serial (virtual COM) mode; it connects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner port %1 cannot be opened: this computer user has no permission, or another program is using it. Ask IT to add the user to the &quot;dialout&quot; group (then log out and in again), or close the other program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner port %1 could not be opened. Check the port and its speed in the scanner settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner on %1 was disconnected. Plug it back in; it reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The scanner sent data that was not a whole code (%n byte(s) dropped). Check the scanner&apos;s speed (baud rate) and end-of-code (suffix) settings.</source>
        <translation>
            <numerusform>The scanner sent data that was not a whole code (%n byte dropped). Check the scanner&apos;s speed (baud rate) and end-of-code (suffix) settings.</numerusform>
            <numerusform>The scanner sent data that was not a whole code (%n bytes dropped). Check the scanner&apos;s speed (baud rate) and end-of-code (suffix) settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner on %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
