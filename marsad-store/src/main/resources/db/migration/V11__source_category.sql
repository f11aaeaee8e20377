-- A source's category (an OPML folder, a desk's beat): its articles carry it and search filters on it (category:).
ALTER TABLE sources ADD COLUMN category VARCHAR(200);
