-- Outage operations (issue 5): booth events with their applicant lists, the call list's record of
-- who was contacted about what, and rescheduled appointments.

-- a jemput bola / Eazy Paspor booth: where, when, and how many applications the team may take
CREATE TABLE booth_event (
    id            UUID PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    place         VARCHAR(200) NOT NULL,
    start_date    DATE NOT NULL,
    end_date      DATE NOT NULL,
    quota         INT NOT NULL CHECK (quota BETWEEN 1 AND 9999),
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT booth_event_dates CHECK (end_date >= start_date)
);

-- the organiser's list of applicants; application_id is the capture started for the person
CREATE TABLE booth_applicant (
    id              UUID PRIMARY KEY,
    event_id        UUID NOT NULL REFERENCES booth_event (id),
    line_no         INT NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    birth_date      DATE NOT NULL,
    nik             VARCHAR(16) NOT NULL,
    application_id  UUID UNIQUE,
    imported_by     VARCHAR(100) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT booth_applicant_nik UNIQUE (event_id, nik)
);

-- one row per applicant contacted about one status (an applicant is never listed twice for it)
CREATE TABLE call_contact (
    id            UUID PRIMARY KEY,
    subject_id    UUID NOT NULL,
    status_key    VARCHAR(60) NOT NULL,
    status        VARCHAR(30) NOT NULL,
    full_name     VARCHAR(200),
    phone         VARCHAR(40),
    message       VARCHAR(1000) NOT NULL,
    channel       VARCHAR(30) NOT NULL,
    sent_by       VARCHAR(100) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT call_contact_once UNIQUE (subject_id, status_key)
);

-- an appointment moved to a later day keeps the day it was first booked for
ALTER TABLE queue_appointment ADD COLUMN rescheduled_from DATE;
