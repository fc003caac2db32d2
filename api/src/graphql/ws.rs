//! GraphQL over WebSocket at `/graphql/ws` (graphql-transport-ws, and the older graphql-ws).
//!
//! The access token goes in the `connection_init` payload (`{"authorization": "Bearer …"}`).
//! Without an init within 10 s the socket closes (4408); a missing or bad token closes it (4403);
//! when the token expires the socket closes (4401) and the client reconnects with a fresh one.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use actix_web::{HttpRequest, HttpResponse, http::header, web};
use actix_ws::{AggregatedMessage as Message, CloseCode, CloseReason};
use async_graphql::{
    Data,
    dataloader::DataLoader,
    http::{WebSocketProtocols, WsMessage},
};
use chrono::{DateTime, Utc};
use futures_util::StreamExt;

use super::{loaders::Loaders, schema::LiveSchema};
use crate::{auth::extract, state::AppState};

#[derive(Default)]
struct Connection {
    initialised: bool,
    rejected: bool,
    expires_at: Option<DateTime<Utc>>,
}

/// `GET /graphql/ws`: upgrades to a subscription socket.
pub async fn subscribe(
    request: HttpRequest,
    body: web::Payload,
    schema: web::Data<LiveSchema>,
    state: web::Data<AppState>,
) -> actix_web::Result<HttpResponse> {
    let protocol = request
        .headers()
        .get(header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|v| v.to_str().ok())
        .and_then(|list| {
            let offered: Vec<&str> = list.split(',').map(str::trim).collect();
            if offered.contains(&"graphql-transport-ws") {
                Some(WebSocketProtocols::GraphQLWS)
            } else if offered.contains(&"graphql-ws") {
                Some(WebSocketProtocols::SubscriptionsTransportWS)
            } else {
                None
            }
        })
        .ok_or_else(|| {
            actix_web::error::ErrorBadRequest(
                "Sec-WebSocket-Protocol must offer graphql-transport-ws",
            )
        })?;
    let (mut response, mut session, incoming) = actix_ws::handle(&request, body)?;
    response.headers_mut().insert(
        header::SEC_WEBSOCKET_PROTOCOL,
        header::HeaderValue::from_static(protocol.sec_websocket_protocol()),
    );
    let mut incoming = incoming.max_frame_size(64 * 1024).aggregate_continuations();
    let schema = schema.get_ref().0.clone();
    let state = state.get_ref().clone();
    let connection = Arc::new(Mutex::new(Connection::default()));
    let (to_engine, mut from_client_rx) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
    let from_client = futures_util::stream::poll_fn(move |cx| from_client_rx.poll_recv(cx));
    let init_state = state.clone();
    let init_connection = connection.clone();
    let on_init = move |payload: serde_json::Value| async move {
        let credential = payload
            .as_object()
            .and_then(|map| {
                map.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
                    .map(|(_, v)| v)
            })
            .and_then(|v| v.as_str())
            .map(str::to_owned);
        let authenticated = match credential
            .as_deref()
            .and_then(|c| extract::bearer(Some(c)).or(Some(c)))
        {
            Some(token) => extract::authenticate(&init_state, Some(token)).await.ok(),
            None => None,
        };
        let mut guard = init_connection.lock().unwrap_or_else(|p| p.into_inner());
        guard.initialised = true;
        match authenticated {
            Some((principal, expires_at))
                if !matches!(principal, crate::auth::Principal::Anonymous) =>
            {
                guard.expires_at = expires_at;
                let mut data = Data::default();
                data.insert(principal);
                // No cache across events: every update is read fresh.
                let loaders = DataLoader::new(
                    Loaders {
                        db: init_state.db.clone(),
                    },
                    tokio::spawn,
                );
                loaders.enable_all_cache(false);
                data.insert(loaders);
                Ok(data)
            }
            _ => {
                guard.rejected = true;
                Err(async_graphql::Error::new("Forbidden"))
            }
        }
    };
    let engine = async_graphql::http::WebSocket::new(schema, from_client, protocol)
        .on_connection_init(on_init)
        .keepalive_timeout(None);

    actix_web::rt::spawn(async move {
        let mut engine = std::pin::pin!(engine);
        let init_deadline = tokio::time::sleep(state.settings.subscription_init_timeout);
        let mut init_deadline = std::pin::pin!(init_deadline);
        let close = |code: u16, text: &str| CloseReason {
            code: CloseCode::Other(code),
            description: Some(text.to_owned()),
        };
        loop {
            let (initialised, expires_at) = {
                let guard = connection.lock().unwrap_or_else(|p| p.into_inner());
                (guard.initialised, guard.expires_at)
            };
            let until_expiry =
                expires_at.map(|at| (at - Utc::now()).to_std().unwrap_or(Duration::ZERO));
            tokio::select! {
                message = incoming.next() => match message {
                    Some(Ok(Message::Text(text))) => { let _ = to_engine.send(text.as_bytes().to_vec()); }
                    Some(Ok(Message::Binary(bytes))) => { let _ = to_engine.send(bytes.to_vec()); }
                    Some(Ok(Message::Ping(bytes))) => { if session.pong(&bytes).await.is_err() { break; } }
                    Some(Ok(Message::Pong(_))) => {}
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                },
                out = engine.next() => match out {
                    Some(WsMessage::Text(text)) => { if session.text(text).await.is_err() { break; } }
                    Some(WsMessage::Close(code, text)) => {
                        let rejected = connection.lock().map(|g| g.rejected).unwrap_or(false);
                        let (code, text) = if rejected { (4403, "Forbidden".to_owned()) } else { (code, text) };
                        let _ = session.close(Some(close(code, &text))).await;
                        return;
                    }
                    None => break,
                },
                _ = &mut init_deadline, if !initialised => {
                    let _ = session.close(Some(close(4408, "Connection initialisation timeout"))).await;
                    return;
                }
                _ = tokio::time::sleep(until_expiry.unwrap_or(Duration::MAX)), if until_expiry.is_some() => {
                    let _ = session.close(Some(close(4401, "Access token expired"))).await;
                    return;
                }
            }
        }
        let _ = session.close(None).await;
    });
    Ok(response)
}
