// The VS Code extension: starts `ideo lsp` (the command is the setting ideo.server.command, with
// ideo.server.args before `lsp`) and connects VS Code's language client to it over stdio.
"use strict";
const { workspace } = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate() {
  const config = workspace.getConfiguration("ideo");
  const command = config.get("server.command", "ideo");
  const args = [...config.get("server.args", []), "lsp"];
  const serverOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "ideo" }, { scheme: "untitled", language: "ideo" }],
  };
  client = new LanguageClient("ideo", "Ideo", serverOptions, clientOptions);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
