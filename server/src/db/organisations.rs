//! Outreach organisations (`organisations`): an id and a name.

use super::{Db, Result, Tx};
use crate::domain::sites::organisation::{Organisation, OrganisationName};

/// Every organisation, by name.
pub async fn list(db: &Db) -> Result<Vec<Organisation>> {
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM organisations ORDER BY name")
            .fetch_all(&db.pool)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Organisation { id, name })
        .collect())
}

/// The organisation with `id`, read in `tx`.
pub async fn by_id(tx: &mut Tx, id: i64) -> Result<Option<Organisation>> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx.0)
            .await?;
    Ok(row.map(|(id, name)| Organisation { id, name }))
}

/// The organisation called `name`, made if there is none yet; `true` when
/// it was made now.
pub async fn find_or_add(tx: &mut Tx, name: &OrganisationName) -> Result<(Organisation, bool)> {
    let added: Option<i64> = sqlx::query_scalar(
        "INSERT INTO organisations (name) VALUES ($1)
         ON CONFLICT (name) DO NOTHING
         RETURNING id",
    )
    .bind(name.as_str())
    .fetch_optional(&mut *tx.0)
    .await?;
    let id = match added {
        Some(id) => id,
        None => {
            sqlx::query_scalar("SELECT id FROM organisations WHERE name = $1")
                .bind(name.as_str())
                .fetch_one(&mut *tx.0)
                .await?
        }
    };
    let organisation = Organisation {
        id,
        name: name.as_str().to_string(),
    };
    Ok((organisation, added.is_some()))
}
