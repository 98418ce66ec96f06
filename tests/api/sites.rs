use senim_tests::spawn_app;

#[tokio::test]
async fn health_check_answers_200() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}

#[tokio::test]
async fn sites_are_a_feature_collection_with_source_and_checked_date() {
    let app = spawn_app().await;
    let (status, body) = app.get_json("/api/v1/sites").await;
    assert_eq!(status, 200);
    assert_eq!(body["type"], "FeatureCollection");
    let features = body["features"].as_array().unwrap();
    assert!(features.len() > 20, "{} features", features.len());
    for feature in features {
        let props = &feature["properties"];
        assert!(feature["id"].is_string());
        assert_eq!(feature["geometry"]["type"], "Point");
        assert!(props["checked_on"].as_str().is_some_and(|d| d.len() == 10));
        let demo = props["demo"].as_bool().unwrap();
        assert!(
            demo || props["source_url"]
                .as_str()
                .is_some_and(|u| u.starts_with("http"))
        );
        let names = format!("{} {}", props["name_ru"], props["name_en"]);
        assert!(
            !names.contains("NOT FOUND") && !names.contains("не найден"),
            "{names}"
        );
    }
    assert!(features.iter().any(|f| f["properties"]["demo"] == true));
}
