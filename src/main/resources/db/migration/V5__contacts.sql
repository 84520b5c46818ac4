-- The operator's contacts: people and companies, shared by every operator of this PC's Ringside.
-- Ids come from a sequence the application draws from (a block at a time when importing: cheaper
-- than reading back generated keys row by row).
CREATE SEQUENCE contact_ids;
CREATE TABLE contacts (
    id          BIGINT PRIMARY KEY,
    -- a company alone (no person's name) is a contact too
    name        VARCHAR(512),
    company     VARCHAR(512),
    email       VARCHAR(512),
    note        VARCHAR(10000),
    -- the identity an imported file gave the contact (vCard UID): a second import finds it again
    -- (the import matches it in memory, so it needs no index of its own)
    uid         VARCHAR(255),
    -- lower-case name, company and e-mail: search as you type is a substring match on it
    search_text VARCHAR(1600) NOT NULL,
    -- the list order: lower-case name (or company), then company
    sort_key    VARCHAR(1100) NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT contacts_named CHECK (name IS NOT NULL OR company IS NOT NULL)
);
CREATE INDEX contacts_sorted ON contacts (sort_key, id);

-- A contact's numbers in the order given. number_key is E.164 for a full number (the digits for an
-- extension), so every spelling of a number finds its contact through the primary key. A contact
-- has each number once (the application merges repeats before writing).
CREATE TABLE contact_numbers (
    contact_id    BIGINT       NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    label         VARCHAR(64),
    number        VARCHAR(255) NOT NULL,
    number_key    VARCHAR(64)  NOT NULL,
    -- the key's digits and the national spelling's digits: "8912345" and "7912345" both find it
    search_digits VARCHAR(140) NOT NULL,
    CONSTRAINT contact_numbers_by_key PRIMARY KEY (number_key, contact_id)
);
-- a contact's numbers in order (and the foreign key's index)
CREATE INDEX contact_numbers_in_order ON contact_numbers (contact_id, position);
