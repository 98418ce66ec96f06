//! Open Referral HSDS 3.0 under `/api/hsds`: what the specification
//! requires of each object (required fields, enums, UUID ids, no nulls) and
//! of the paging, and that an export imports back unchanged.

use senim_tests::spawn_app;
use serde_json::Value;
use server::cli::{read_file, write_file};

const LISTS: [&str; 8] = [
    "organizations",
    "services",
    "locations",
    "service_at_locations",
    "schedules",
    "taxonomies",
    "taxonomy_terms",
    "services?per_page=3&format=json",
];

fn is_uuid(value: &Value) -> bool {
    value.as_str().is_some_and(|s| {
        let parts: Vec<&str> = s.split('-').collect();
        parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
            && s.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
    })
}

/// Checks an HSDS object of `kind` and every object nested in it, by the
/// specification's required fields and enums.
fn check(kind: &str, object: &Value, path: &str) {
    let map = object
        .as_object()
        .unwrap_or_else(|| panic!("{path}: not an object"));
    assert!(
        is_uuid(&object["id"]),
        "{path}.id is a UUID: {}",
        object["id"]
    );
    let required: &[&str] = match kind {
        "organization" => &["name", "description"],
        "service" => &["name", "status", "organization_id"],
        "location" => &["location_type"],
        "service_at_location" => &["service_id", "location_id"],
        "phone" => &["number"],
        "attribute" => &["link_id", "taxonomy_term_id", "link_entity"],
        "taxonomy_term" | "taxonomy" => &["name", "description"],
        _ => &[],
    };
    for field in required {
        assert!(
            map.get(*field).is_some_and(|v| !v.is_null() && v != ""),
            "{path}: {kind} requires {field}"
        );
    }
    let one_of = |field: &str, allowed: &[&str]| {
        if let Some(value) = map.get(field) {
            assert!(
                allowed.contains(&value.as_str().unwrap_or("")),
                "{path}.{field} = {value}"
            );
        }
    };
    one_of(
        "status",
        &["active", "inactive", "defunct", "temporarily closed"],
    );
    one_of("location_type", &["physical", "postal", "virtual"]);
    one_of("freq", &["WEEKLY", "MONTHLY"]);
    one_of("wkst", &["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    if let Some(byday) = map.get("byday") {
        let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
        assert!(
            byday
                .as_str()
                .unwrap()
                .split(',')
                .all(|d| days.contains(&d))
        );
    }
    for (key, value) in map {
        assert!(
            !value.is_null(),
            "{path}.{key} is null: HSDS has no nullable fields"
        );
        if key.ends_with("_id") {
            assert!(is_uuid(value), "{path}.{key} is a UUID");
        }
        for number in ["latitude", "longitude", "amount", "timezone"] {
            if key == number {
                assert!(value.is_number(), "{path}.{key} is a number");
            }
        }
        let nested = match key.as_str() {
            "organization" => Some("organization"),
            "services" | "service" => Some("service"),
            "locations" | "location" => Some("location"),
            "service_at_locations" => Some("service_at_location"),
            "schedules" => Some("schedule"),
            "cost_options" => Some("cost_option"),
            "phones" => Some("phone"),
            "languages" => Some("language"),
            "attributes" => Some("attribute"),
            _ => None,
        };
        match (nested, value) {
            (Some(kind), Value::Array(items)) => items
                .iter()
                .enumerate()
                .for_each(|(i, item)| check(kind, item, &format!("{path}.{key}[{i}]"))),
            (Some(kind), Value::Object(_)) => check(kind, value, &format!("{path}.{key}")),
            _ => {}
        }
    }
}

fn kind_of(list: &str) -> &'static str {
    match list.split('?').next().unwrap() {
        "organizations" => "organization",
        "services" => "service",
        "locations" => "location",
        "service_at_locations" => "service_at_location",
        "schedules" => "schedule",
        "taxonomies" => "taxonomy",
        _ => "taxonomy_term",
    }
}

#[tokio::test]
async fn every_list_is_paged_and_every_object_has_what_hsds_requires() {
    let app = spawn_app().await;
    let (status, root) = app.get_json("/api/hsds").await;
    assert_eq!(status, 200);
    assert_eq!(root["version"], "3.0");
    assert!(
        root["openapi_url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    for list in LISTS {
        let (status, page) = app.get_json(&format!("/api/hsds/{list}")).await;
        assert_eq!(status, 200, "{list}");
        for field in ["total_items", "total_pages", "page_number", "size"] {
            assert!(page[field].is_u64(), "{list}: {field} is a whole number");
        }
        for field in ["first_page", "last_page", "empty"] {
            assert!(page[field].is_boolean(), "{list}: {field} is true or false");
        }
        let contents = page["contents"].as_array().unwrap();
        assert_eq!(page["size"], contents.len());
        assert!(!contents.is_empty(), "{list} is not empty");
        for (i, item) in contents.iter().enumerate() {
            check(kind_of(list), item, &format!("{list}[{i}]"));
        }
    }
    for (list, kind) in [
        ("organizations", "organization"),
        ("services", "service"),
        ("locations", "location"),
        ("service_at_locations", "service_at_location"),
    ] {
        let (_, page) = app.get_json(&format!("/api/hsds/{list}?per_page=1")).await;
        let id = page["contents"][0]["id"].as_str().unwrap().to_string();
        let (status, full) = app.get_json(&format!("/api/hsds/{list}/{id}")).await;
        assert_eq!(status, 200, "{list}/{id}");
        check(kind, &full, &format!("{list}/{id}"));
        let (status, _) = app
            .get_json(&format!(
                "/api/hsds/{list}/00000000-0000-8000-8000-000000000000"
            ))
            .await;
        assert_eq!(status, 404);
    }
}

#[tokio::test]
async fn pages_split_a_list_exactly_and_bad_paging_is_refused() {
    let app = spawn_app().await;
    let (_, whole) = app.get_json("/api/hsds/services?per_page=1000").await;
    let total = whole["total_items"].as_u64().unwrap();
    assert_eq!(whole["contents"].as_array().unwrap().len() as u64, total);
    let per_page = 7;
    let pages = total.div_ceil(per_page);
    let mut ids = vec![];
    for number in 1..=pages + 1 {
        let (_, page) = app
            .get_json(&format!(
                "/api/hsds/services?page={number}&per_page={per_page}"
            ))
            .await;
        assert_eq!(page["page_number"], number);
        assert_eq!(page["total_pages"], pages);
        assert_eq!(page["total_items"], total);
        assert_eq!(page["first_page"], number == 1);
        assert_eq!(page["last_page"], number >= pages);
        assert_eq!(page["empty"], number > pages);
        ids.extend(
            page["contents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap().to_string()),
        );
    }
    let expected: Vec<String> = whole["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, expected, "the pages hold every service once, in order");
    for bad in [
        "page=0",
        "page=x",
        "per_page=0",
        "per_page=1001",
        "search=hiv",
        "format=ndjson",
    ] {
        let (status, body) = app.get_json(&format!("/api/hsds/services?{bad}")).await;
        assert_eq!(status, 400, "{bad}");
        assert!(body["error"].is_string(), "{bad}");
    }
}

#[tokio::test]
async fn the_served_organizations_import_back_as_the_published_sites() {
    let app = spawn_app().await;
    let (_, page) = app.get_json("/api/hsds/organizations?per_page=1000").await;
    let mut organizations = vec![];
    for listed in page["contents"].as_array().unwrap() {
        let id = listed["id"].as_str().unwrap();
        organizations.push(
            app.get_json(&format!("/api/hsds/organizations/{id}"))
                .await
                .1,
        );
    }
    let hsds = read_file("served.hsds.json", &Value::Array(organizations).to_string())
        .expect("Senim's HSDS imports");
    let geojson = app.get("/api/v1/sites").await.text().await.unwrap();
    let published = read_file("sites.geojson", &geojson).unwrap();
    assert_eq!(hsds, published);
}

#[test]
fn an_exported_hsds_file_imports_back_unchanged() {
    let shipped = std::fs::read_to_string("../data/sites.csv").unwrap();
    let sites = read_file("sites.csv", &shipped).unwrap();
    let today = chrono::Utc::now().date_naive();
    let text = write_file("export.hsds.json", &sites, today);
    let again = read_file("export.hsds.json", &text).unwrap();
    assert_eq!(again, sites);
    assert_eq!(write_file("again.hsds.json", &again, today), text);
}
