-- Where a source's pages and feeds are when they write a time without an offset (an IANA zone ID such as
-- "Africa/Cairo", or a fixed offset "+03:00"); null: such times keep only their day. (V11 is the source category.)
ALTER TABLE sources ADD COLUMN time_zone VARCHAR(64);
