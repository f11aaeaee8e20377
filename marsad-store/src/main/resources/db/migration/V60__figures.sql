-- Reported figures (owned by org.marsad.store.figures). Portable types only (SQLite and PostgreSQL).

-- One row per figure of the current version of an article, as in its JSON "figures" (ord: its place there), so that
-- figures can be listed and filtered across articles without reading every article. value is the exact decimal as
-- text; value_num the same as a number, for comparisons and sorting.
CREATE TABLE article_figures (
    article_id   VARCHAR(64) NOT NULL,
    ord          INTEGER NOT NULL,
    category     VARCHAR(16) NOT NULL,
    value        VARCHAR(64),
    value_num    DOUBLE PRECISION,
    value_max    VARCHAR(64),
    vague        INTEGER NOT NULL,
    comparator   VARCHAR(16),
    counted      TEXT,
    unit         VARCHAR(8),
    attribution  TEXT,
    figure_day   VARCHAR(10),
    since_day    VARCHAR(10),
    figure_text  TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX article_figures_category_day ON article_figures (category, figure_day);
CREATE INDEX article_figures_day ON article_figures (figure_day);

-- Which version of the figure rules found the stored figures of an article (org.marsad.enrich.figures
-- .ArticleFigures.VERSION): articles stored before, or with older rules, get their figures again on open.
CREATE TABLE article_figure_versions (
    article_id VARCHAR(64) PRIMARY KEY,
    version    INTEGER NOT NULL
);
CREATE INDEX article_figure_versions_version ON article_figure_versions (version);
