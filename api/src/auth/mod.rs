//! Who is calling: passwords, access tokens, opaque secrets, and the resulting `Principal`.

pub mod extract;
pub mod jwt;
pub mod password;
pub mod principal;
pub mod scope;
pub mod secrets;

pub use principal::{PersonPrincipal, Principal, TokenPrincipal};
pub use scope::Scope;
