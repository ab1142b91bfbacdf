-- The counter queue (issue 3): settings, M-Paspor appointments, tickets. One queue per device.

-- queue rules a supervisor may change: daily quota per lane, the weekend hajj/umrah-only rule
CREATE TABLE queue_setting (
    name          VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- M-Paspor appointments of a day, typed in or imported from CSV; a booking code is unique per day
CREATE TABLE queue_appointment (
    id            UUID PRIMARY KEY,
    service_date  DATE NOT NULL,
    booking_code  VARCHAR(64) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    birth_date    DATE NOT NULL,
    nik           VARCHAR(16) NOT NULL,
    source        VARCHAR(10) NOT NULL,
    ticket_id     UUID,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT queue_appointment_code UNIQUE (service_date, booking_code)
);

-- queue tickets; the sequence is strict per lane and day, the number unique per day
CREATE TABLE queue_ticket (
    id                  UUID PRIMARY KEY,
    service_date        DATE NOT NULL,
    lane                VARCHAR(30) NOT NULL,
    seq                 INT NOT NULL,
    counter_no          INT NOT NULL CHECK (counter_no BETWEEN 1 AND 99),
    ticket_number       VARCHAR(20) NOT NULL,
    state               VARCHAR(12) NOT NULL,
    priority_criterion  VARCHAR(20),
    appointment_id      UUID UNIQUE REFERENCES queue_appointment (id),
    application_id      UUID,
    issued_by           VARCHAR(100) NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    called_by           VARCHAR(100),
    called_at           TIMESTAMP WITH TIME ZONE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT queue_ticket_seq UNIQUE (service_date, lane, seq),
    CONSTRAINT queue_ticket_number UNIQUE (service_date, ticket_number)
);
CREATE INDEX queue_ticket_lane_state ON queue_ticket (service_date, lane, state, seq);
