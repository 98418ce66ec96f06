//! Importing a directory file in the portal: a preview first, then all or
//! nothing; an export imports back with every row unchanged.

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};

/// Where the import form posts.
pub(crate) const IMPORT: &str = "/en/staff/directory/import";

/// A signed-in admin, on the import page.
async fn admin(app: &TestApp) -> Staff {
    add_admin(app, "admin.import").await;
    let staff = sign_in(app, "admin.import").await;
    let (status, _) = staff.page(IMPORT).await;
    assert_eq!(status, 200);
    staff
}

#[tokio::test]
async fn an_export_imports_back_with_every_row_unchanged() {
    let app = spawn_app().await;
    let staff = admin(&app).await;
    for (path, file) in [
        ("export.csv", "senim.csv"),
        ("export.geojson", "senim.geojson"),
    ] {
        let exported = staff.get(&format!("/en/staff/directory/{path}")).await;
        assert_eq!(exported.status().as_u16(), 200);
        assert!(
            exported.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .contains("attachment")
        );
        let text = exported.text().await.unwrap();
        let (status, html) = staff.upload(IMPORT, &[("file", Some(file), &text)]).await;
        assert_eq!(status, 200, "{file}: {html}");
        let rows = html.matches("class=\"import-row import-").count();
        assert!(rows > 40, "{file}: every row shown ({rows})");
        assert_eq!(
            html.matches("import-row import-unchanged").count(),
            rows,
            "{file}: all unchanged"
        );
        assert!(html.contains("id=\"import-confirm\""));
    }
}

#[tokio::test]
async fn a_file_with_one_bad_row_changes_nothing_and_names_its_line_and_reason() {
    let app = spawn_app().await;
    let staff = admin(&app).await;
    let text = staff.page("/en/staff/directory/export.csv").await.1;
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let new_row = lines[1].replacen(
        lines[1].split(',').next().unwrap(),
        "import-test-new-site",
        1,
    );
    lines[3] = lines[3]
        .replacen(",aids_centre,", ",castle,", 1)
        .replacen(",ngo,", ",castle,", 1)
        .replacen(",friendly_cabinet,", ",castle,", 1);
    lines.push(new_row);
    let bad = lines.join("\n");
    let (status, html) = staff
        .upload(IMPORT, &[("file", Some("bad.csv"), &bad)])
        .await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("id=\"import-problem\""));
    assert!(
        !html.contains("id=\"import-confirm\""),
        "nothing to confirm"
    );
    let refused = &html[html
        .find("import-row import-refused")
        .expect("a refused row")..];
    assert!(refused.contains("<td>4</td>"), "line 4 (header is line 1)");
    assert!(refused.contains("kind"), "the reason names the field");
    // Confirming it anyway is refused too, and nothing changes.
    let (status, _) = staff
        .upload(
            IMPORT,
            &[
                ("name", None, "bad.csv"),
                ("text", None, &bad),
                ("confirm", None, "1"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    let (_, sites) = app.get_json("/api/v1/sites").await;
    assert!(!sites.to_string().contains("import-test-new-site"));

    // Without the bad row: previewed as one new site, then applied.
    let good = {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines.push(lines[1].replacen(
            lines[1].split(',').next().unwrap(),
            "import-test-new-site",
            1,
        ));
        lines.join("\n")
    };
    let (status, html) = staff
        .upload(IMPORT, &[("file", Some("good.csv"), &good)])
        .await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("import-row import-new").count(), 1);
    let (status, html) = staff
        .upload(
            IMPORT,
            &[
                ("name", None, "good.csv"),
                ("text", None, &good),
                ("confirm", None, "1"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("id=\"import-applied\""));
    let (_, sites) = app.get_json("/api/v1/sites").await;
    assert!(
        sites.to_string().contains("import-test-new-site"),
        "published at once"
    );
    let audit = staff.page("/en/staff/audit").await.1;
    assert!(audit.contains("site added"));
    // A form without its token changes nothing.
    let (status, _) = staff
        .upload_without_token(
            IMPORT,
            &[("csrf", None, "forged"), ("file", Some("good.csv"), &good)],
        )
        .await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn a_row_far_from_its_settlement_or_holding_a_formula_is_refused_in_every_format() {
    let app = spawn_app().await;
    let staff = admin(&app).await;
    let site = app
        .state
        .directory()
        .site("demo-taraz-friendly-cabinet")
        .cloned()
        .unwrap();
    let far = server::domain::sites::site::Site {
        location: server::domain::index::latlon::LatLon::new(43.25, 76.91).unwrap(),
        ..site.clone()
    };
    let mut formula = site.clone();
    formula.names.en = "=HYPERLINK(\"https://example.org\",\"Call\")".into();
    let today = chrono::Utc::now().date_naive();
    for (bad, reason) in [
        (far, "km from Taraz"),
        (formula, "would run it as a formula"),
    ] {
        for file in ["bad.csv", "bad.geojson", "bad.hsds.json"] {
            let text = server::cli::write_file(file, std::slice::from_ref(&bad), today);
            let (status, html) = staff.upload(IMPORT, &[("file", Some(file), &text)]).await;
            assert_eq!(status, 422, "{file}: {html}");
            let refused = &html[html.find("import-row import-refused").expect(file)..];
            assert!(refused.contains(reason), "{file}: {refused}");
        }
    }
    let stored = server::db::sites::load_all(&app.state.db).await.unwrap();
    let stored = stored.iter().find(|s| s.id == site.id).unwrap();
    assert_eq!(stored, &site, "nothing changed");
}
