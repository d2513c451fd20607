use super::*;

#[test]
fn empty_and_root_hashes_are_home() {
    for hash in ["", "#", "#/", "#//"] {
        assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
    }
}

#[test]
fn known_paths_parse_with_or_without_slashes_and_queries() {
    assert_eq!(Route::from_hash("#/about"), Route::About);
    assert_eq!(Route::from_hash("#/about/"), Route::About);
    assert_eq!(Route::from_hash("#about"), Route::About);
    assert_eq!(Route::from_hash("#/settings?lang=en"), Route::Settings);
    assert_eq!(Route::from_hash("#/story"), Route::Story(None));
    assert_eq!(Route::from_hash("#/standards#reversal"), Route::Standards);
    assert_eq!(Route::from_hash("#/story/3"), Route::Story(Some(3)));
    assert_eq!(
        Route::from_hash("#/assess"),
        Route::assess(AssessView::Form)
    );
    assert_eq!(
        Route::from_hash("#/assess/edit/a1"),
        Route::assess(AssessView::Edit("a1".into()))
    );
    assert_eq!(
        Route::from_hash("#/assess/results"),
        Route::assess(AssessView::Results(None))
    );
    assert_eq!(
        Route::from_hash("#/assess/history?x=1"),
        Route::assess(AssessView::History)
    );
    assert_eq!(
        Route::from_hash("#/story/0"),
        Route::NotFound("/story/0".into())
    );
    assert_eq!(
        Route::from_hash("#/story/x"),
        Route::NotFound("/story/x".into())
    );
}

#[test]
fn unknown_paths_keep_what_was_asked() {
    assert_eq!(
        Route::from_hash("#/nowhere/3"),
        Route::NotFound("/nowhere/3".into())
    );
    assert_eq!(
        Route::from_hash("#/about/extra"),
        Route::NotFound("/about/extra".into())
    );
}

#[test]
fn file_slugs_say_what_the_view_is() {
    assert_eq!(Route::Story(Some(3)).file_slug(), "story-3");
    assert_eq!(Route::Treatments(String::new()).file_slug(), "treatments");
    assert_eq!(
        Route::Event("GO:0006979".into()).file_slug(),
        "event-GO_0006979"
    );
    assert_eq!(
        Route::from_hash("#/assess/history").file_slug(),
        "self-assessment"
    );
}

#[test]
fn href_round_trips() {
    for route in Route::nav().into_iter().chain([
        Route::Story(Some(12)),
        Route::Event("GO:0006979".into()),
        Route::assess(AssessView::Edit("a-1.x".into())),
        Route::assess(AssessView::Results(None)),
        Route::assess(AssessView::Results(Some("b2".into()))),
        Route::assess(AssessView::History),
        Route::assess(AssessView::Report),
    ]) {
        assert_eq!(Route::from_hash(&route.hash()), route);
    }
    let lost = Route::NotFound("/x/y".into());
    assert_eq!(Route::from_hash(&lost.hash()), lost);
}

#[test]
fn queries_travel_with_their_route() {
    use graph_query::Focus;
    let path = Route::from_hash("#/path?from=GO%3A0006914&to=ALSM:x&junk=1");
    assert_eq!(
        path,
        Route::Path {
            from: Some("GO:0006914".into()),
            to: Some("ALSM:x".into())
        }
    );
    assert_eq!(path.hash(), "#/path?from=GO:0006914&to=ALSM:x");
    assert_eq!(
        Route::from_hash("#/explore?q=%E6%B0%A7+x").hash(),
        "#/explore?q=%E6%B0%A7%20x"
    );
    assert_eq!(Route::from_hash("#/treatments?q=").hash(), "#/treatments");
    let assess = Route::from_hash("#/assess?scan=1");
    assert!(matches!(
        assess,
        Route::Assess {
            scan: true,
            dwell: false,
            ..
        }
    ));
    assert_eq!(assess.view(), Route::assess(AssessView::Form));
    let core = Route::from_hash("#/core?w=1,2,3&top=25");
    assert_eq!(core.hash(), "#/core?w=1,2,3&top=25");
    assert_eq!(core.view(), Route::from_hash("#/core"));
    for q in [
        GraphQuery::default(),
        GraphQuery {
            focus: Focus::Theme("rna".into()),
            selected: Some("GO:0006979".into()),
        },
        GraphQuery {
            focus: Focus::Chapter(3),
            selected: None,
        },
        GraphQuery {
            focus: Focus::Event("GENE:C9orf72".into()),
            selected: None,
        },
    ] {
        let route = Route::Graph(q);
        assert_eq!(Route::from_hash(&route.hash()), route, "{}", route.hash());
    }
    let graph = |hash: &str| match Route::from_hash(hash) {
        Route::Graph(q) => q.focus,
        other => panic!("{other:?}"),
    };
    assert_eq!(graph("#/graph?of=theme&id=nonsense"), Focus::Core);
    assert_eq!(graph("#/graph?of=chapter&id=x"), Focus::Core);
    assert_eq!(graph("#/graph"), Focus::Core);
    assert_eq!(
        graph("#/graph?of=event&id=GO%3A0006979"),
        Focus::Event("GO:0006979".into())
    );
}
