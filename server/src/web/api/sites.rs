use crate::domain::site_geojson::feature_collection;
use crate::web::WebState;
use axum::Json;
use axum::extract::State;
use serde_json::Value;

/// `GET /api/v1/sites`: every published site as a GeoJSON FeatureCollection.
pub async fn all_sites(State(state): State<WebState>) -> Json<Value> {
    Json(feature_collection(state.app.directory().sites()))
}
