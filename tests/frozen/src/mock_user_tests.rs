#[path = "mock_user_tests/mock.rs"]
mod mock;
