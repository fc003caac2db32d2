//! Black-box tests of the Vielfaltsnetz service live in `api/`.
