-- A source an editor paused is kept (settings, health, polling memory) but not polled until resumed. (V11 is the
-- category, V12 the time zone.)
ALTER TABLE sources ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
