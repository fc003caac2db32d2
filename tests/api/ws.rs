//! A graphql-transport-ws client for the tests.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{Message, client::IntoClientRequest, http::HeaderValue},
};

/// An open subscription socket.
pub struct WsClient {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

/// How a socket ended.
#[derive(Debug, PartialEq, Eq)]
pub struct Closed(pub u16);

impl WsClient {
    /// Opens the socket without sending anything.
    pub async fn open(address: &str) -> WsClient {
        let url = format!("{}/graphql/ws", address.replacen("http", "ws", 1));
        let mut request = url.into_client_request().expect("request");
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            HeaderValue::from_static("graphql-transport-ws"),
        );
        let (socket, response) = connect_async(request).await.expect("websocket connects");
        assert_eq!(
            response
                .headers()
                .get("sec-websocket-protocol")
                .and_then(|v| v.to_str().ok()),
            Some("graphql-transport-ws")
        );
        WsClient { socket }
    }

    /// Opens the socket and completes `connection_init` with the token.
    pub async fn connect(address: &str, token: &str) -> WsClient {
        let mut client = Self::open(address).await;
        client.send(json!({ "type": "connection_init", "payload": { "authorization": format!("Bearer {token}") } })).await;
        let ack = client
            .next_message(Duration::from_secs(5))
            .await
            .expect("connection_ack");
        assert_eq!(ack["type"], "connection_ack", "{ack}");
        client
    }

    pub async fn send(&mut self, message: Value) {
        self.socket
            .send(Message::Text(message.to_string().into()))
            .await
            .expect("send");
    }

    /// Starts a subscription under `id`.
    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({ "id": id, "type": "subscribe", "payload": { "query": query, "variables": variables } })).await;
        // Give the server a moment to register the subscription before the test triggers events.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    /// The next protocol message, or the close code.
    pub async fn next(&mut self, within: Duration) -> Result<Value, Closed> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let message = tokio::time::timeout_at(deadline, self.socket.next())
                .await
                .map_err(|_| Closed(0))?;
            match message {
                Some(Ok(Message::Text(text))) => {
                    let value: Value = serde_json::from_str(&text).expect("json message");
                    if value["type"] == "ping" {
                        self.send(json!({ "type": "pong" })).await;
                        continue;
                    }
                    return Ok(value);
                }
                Some(Ok(Message::Close(frame))) => {
                    return Err(Closed(frame.map(|f| u16::from(f.code)).unwrap_or(1005)));
                }
                Some(Ok(_)) => continue,
                Some(Err(_)) | None => return Err(Closed(1006)),
            }
        }
    }

    /// The next message; panics on close or timeout.
    pub async fn next_message(&mut self, within: Duration) -> Option<Value> {
        self.next(within).await.ok()
    }

    /// The payload of the next `next` message of subscription `id`.
    pub async fn next_data(&mut self, id: &str, within: Duration) -> Value {
        loop {
            let message = self
                .next(within)
                .await
                .unwrap_or_else(|closed| panic!("socket closed or silent: {closed:?}"));
            if message["id"] == id {
                assert_eq!(message["type"], "next", "{message}");
                return message["payload"].clone();
            }
        }
    }

    /// Waits for the socket to close; returns its code.
    pub async fn closed(&mut self, within: Duration) -> u16 {
        loop {
            match self.next(within).await {
                Ok(_) => continue,
                Err(Closed(code)) => return code,
            }
        }
    }
}
