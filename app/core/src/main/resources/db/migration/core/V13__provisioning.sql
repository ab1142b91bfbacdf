-- Provisioning (issue 7): what office IT sets up on a device that had no home yet. Office code and
-- counter stay in device_profile, lane quotas in queue_setting; the planned centre stays here even
-- before the device is enrolled ("offline for now"), so "loket sync enroll" can use it later.
CREATE TABLE office_setting (
    id                 INT PRIMARY KEY CHECK (id = 1),
    office_name        VARCHAR(200) NOT NULL,
    centre_url         VARCHAR(500),
    finger_set         VARCHAR(200) NOT NULL,
    quality_threshold  INT NOT NULL CHECK (quality_threshold BETWEEN 0 AND 100),
    provisioned_by     VARCHAR(100) NOT NULL,
    provisioned_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
