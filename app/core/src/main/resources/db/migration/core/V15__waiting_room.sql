-- The waiting room (issue 5): the announcement a supervisor sets and the times of day the
-- waiting-room display shows it (e.g. 08:00,11:00,14:00). One row; every change is audited.
CREATE TABLE announcement_schedule (
    id                 INT PRIMARY KEY CHECK (id = 1),
    announcement_text  VARCHAR(500) NOT NULL,
    times_of_day       VARCHAR(200) NOT NULL,
    shown_minutes      INT NOT NULL CHECK (shown_minutes BETWEEN 1 AND 120),
    updated_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
