-- Who the other party of a call was, as the operator's contacts or the shared directory knew it
-- when the call rang (the original design's calls.caller_company_id). A copy of the name beside
-- caller_company (which V1 already has), so the history keeps showing what was known then even
-- after the contact is edited or deleted; the id points at the local contact while it exists.
ALTER TABLE calls ADD COLUMN caller_contact_id BIGINT;
ALTER TABLE calls ADD COLUMN caller_contact_name VARCHAR(512);
ALTER TABLE calls ADD CONSTRAINT calls_caller_contact FOREIGN KEY (caller_contact_id)
    REFERENCES contacts (id) ON DELETE SET NULL;
