//! Full-text search over posts: `post.search_text` (title, body and tags, lower-cased, umlauts
//! and ß spelled out) kept by the application; PostgreSQL indexes it as a German `tsvector`,
//! SQLite in an FTS5 table kept in step by triggers.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("post")
                    .add_column(text("search_text").default(""))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "ALTER TABLE post ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', search_text)) STORED",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX idx_post_search_vector ON post USING GIN (search_vector)",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared("CREATE VIRTUAL TABLE post_search USING fts5(post_id UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 2')")
                    .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER post_search_insert AFTER INSERT ON post BEGIN \
                     INSERT INTO post_search (post_id, content) VALUES (new.id, new.search_text); END",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER post_search_update AFTER UPDATE OF search_text ON post BEGIN \
                     DELETE FROM post_search WHERE post_id = old.id; \
                     INSERT INTO post_search (post_id, content) VALUES (new.id, new.search_text); END",
                )
                .await?;
                db.execute_unprepared("CREATE TRIGGER post_search_delete AFTER DELETE ON post BEGIN DELETE FROM post_search WHERE post_id = old.id; END")
                    .await?;
            }
        }
        Ok(())
    }
}
