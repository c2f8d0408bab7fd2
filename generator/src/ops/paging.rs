//! Whether an operation pages, and how: decided here, so emit only renders
//! `pages()` and `items()` from the shape.

use super::{Location, PageField, Paging, Param, Success, SuccessKind};
use crate::types::{DefKind, Ty, TypeDef};

/// The paging shape of an operation with these parameters and responses:
/// `pageNum` and `itemsPerPage` integer query parameters, and one JSON
/// success whose type has a `results` array (and maybe `totalCount`).
pub(super) fn of(params: &[Param], responses: &[Success], defs: &[TypeDef]) -> Option<Paging> {
    let query = |wire: &str| {
        params.iter().find(|p| {
            p.location == Location::Query && p.wire == wire && matches!(p.ty, Ty::I32 | Ty::I64)
        })
    };
    let (page_num, items_per_page) = (query("pageNum")?, query("itemsPerPage")?);
    let [
        Success {
            kind: SuccessKind::Json(Ty::Named(page)),
            ..
        },
    ] = responses
    else {
        return None;
    };
    let DefKind::Struct(st) = &defs.get(*page)?.kind else {
        return None;
    };
    let (results, item) = st.fields.iter().find_map(|f| match &f.ty {
        Ty::Vec(item) if f.wire == "results" && !f.nullable() => Some((field(f), (**item).clone())),
        _ => None,
    })?;
    let total_count = st
        .fields
        .iter()
        .find(|f| f.wire == "totalCount" && matches!(f.ty, Ty::I32 | Ty::I64) && !f.nullable())
        .map(field);
    Some(Paging {
        page_num: page_num.ident.clone(),
        items_per_page: items_per_page.ident.clone(),
        page_num_ty: page_num.ty.clone(),
        page: *page,
        results,
        total_count,
        item,
    })
}

fn field(f: &crate::types::Field) -> PageField {
    PageField {
        ident: f.ident.clone(),
        optional: f.optional(),
    }
}
