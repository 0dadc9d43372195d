import { createRequire as __lcRequire } from 'node:module'; const require = __lcRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// ../../node_modules/.pnpm/tsup@8.5.1_postcss@8.5.33_typescript@5.9.3_yaml@2.9.1/node_modules/tsup/assets/esm_shims.js
import path from "path";
import { fileURLToPath } from "url";
var init_esm_shims = __esm({
  "../../node_modules/.pnpm/tsup@8.5.1_postcss@8.5.33_typescript@5.9.3_yaml@2.9.1/node_modules/tsup/assets/esm_shims.js"() {
    "use strict";
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// ../../node_modules/.pnpm/vscode-languageserver-types@3.18.5/node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "../../node_modules/.pnpm/vscode-languageserver-types@3.18.5/node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    init_esm_shims();
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text2) {
        return { uri, languageId, version, text: text2 };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text2) {
        return { range, text: text2 };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text2) {
        return { range, text: text2 };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text2 = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text2.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text2 = text2.substring(0, startOffset) + e.newText + text2.substring(endOffset, text2.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text2;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text2 = this._content;
          let isLineStart = true;
          for (let i = 0; i < text2.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text2.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text2.length && text2.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text2.length > 0) {
            lineOffsets.push(text2.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// ../../node_modules/.pnpm/vscode-languageserver-textdocument@1.0.16/node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text2, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text2.length; i++) {
    const ch = text2.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text2.length && text2.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "../../node_modules/.pnpm/vscode-languageserver-textdocument@1.0.16/node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    init_esm_shims();
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text2 = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text2.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text2.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found2 = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found2 !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found2), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found2), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found2 = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found2 !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found2 === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found2 !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found2 !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found2), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found2 = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found2 === -1) {
                found2 = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found2), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found2 = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found2 === -1) {
                found2 = i;
              }
            }
            start = false;
          }
        }
        if (found2 !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found2), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found2), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text2 = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text2.charAt(index) === "	") {
            index++;
          }
          if (text2.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text2 === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text2 = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text2 = text2.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text2, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName2 = this.getRangeContent(this.getImageNameRange());
        if (imageName2 === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName2.length; i++) {
          const ch = imageName2.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path41 = this.getPath();
        if (path41 === null || path41.startsWith("/")) {
          return path41;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path41 : parent + "/" + path41;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName2 = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName2 === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName2) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// ../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "../../node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    init_esm_shims();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_esm_shims();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path41) {
      const ctrl = callVisitor(key, node, visitor, path41);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path41, ctrl);
        return visit_(key, ctrl, visitor, path41);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path41 = Object.freeze(path41.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path41);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path41 = Object.freeze(path41.concat(node));
          const ck = visit_("key", node.key, visitor, path41);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path41);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path41) {
      const ctrl = await callVisitor(key, node, visitor, path41);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path41, ctrl);
        return visitAsync_(key, ctrl, visitor, path41);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path41 = Object.freeze(path41.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path41);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path41 = Object.freeze(path41.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path41);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path41);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path41) {
      if (typeof visitor === "function")
        return visitor(key, node, path41);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path41);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path41);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path41);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path41);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path41);
      return void 0;
    }
    function replaceNode(key, path41, node) {
      const parent = path41[path41.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid2 = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid2);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_esm_shims();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_esm_shims();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_esm_shims();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found2 = node;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_esm_shims();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_esm_shims();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path41, value) {
      let v = value;
      for (let i = path41.length - 1; i >= 0; --i) {
        const k = path41[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path41) => path41 == null || typeof path41 === "object" && !!path41[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path41, value) {
        if (isEmptyPath(path41))
          this.add(value);
        else {
          const [key, ...rest] = path41;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path41) {
        const [key, ...rest] = path41;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path41, keepScalar) {
        const [key, ...rest] = path41;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path41) {
        const [key, ...rest] = path41;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path41, value) {
        const [key, ...rest] = path41;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_esm_shims();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_esm_shims();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_esm_shims();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt2 = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt2.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt2.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt2.indent === "number" ? " ".repeat(opt2.indent) : "  ",
        inFlow,
        options: opt2
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_esm_shims();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_esm_shims();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_esm_shims();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_esm_shims();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_esm_shims();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_esm_shims();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_esm_shims();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_esm_shims();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 8, opt2),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 16, opt2),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_esm_shims();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_esm_shims();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_esm_shims();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 2, opt2),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 1, 8, opt2),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt2) => intResolve(str, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 16, opt2),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_esm_shims();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_esm_shims();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_esm_shims();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_esm_shims();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt2 = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt2;
        let { version } = opt2;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path41, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path41, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path41) {
        if (Collection.isEmptyPath(path41)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path41) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path41, keepScalar) {
        if (Collection.isEmptyPath(path41))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path41, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path41) {
        if (Collection.isEmptyPath(path41))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path41) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path41, value) {
        if (Collection.isEmptyPath(path41)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path41), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path41, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt2;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt2 = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt2 = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt2 = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt2)
          this.schema = new Schema.Schema(Object.assign(opt2, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_esm_shims();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_esm_shims();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_esm_shims();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_esm_shims();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_esm_shims();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_esm_shims();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_esm_shims();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_esm_shims();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_esm_shims();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_esm_shims();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_esm_shims();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_esm_shims();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_esm_shims();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_esm_shims();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_esm_shims();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_esm_shims();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path41) => {
      let item = cst;
      for (const [field, index] of path41) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path41) => {
      const parent = visit.itemAtPath(cst, path41.slice(0, -1));
      const field = path41[path41.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path41, item, visitor) {
      let ctrl = visitor(item, path41);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path41.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path41);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path41) : ctrl;
    }
    exports.visit = visit;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_esm_shims();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_esm_shims();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_esm_shims();
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js
var require_parser2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_esm_shims();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_esm_shims();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    function parseOptions2(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_esm_shims();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/image-entry.ts
init_esm_shims();

// src/main.ts
init_esm_shims();

// ../sdk/src/index.ts
init_esm_shims();

// ../sdk/src/build.ts
init_esm_shims();
import { readFile as readFile13 } from "fs/promises";
import path30 from "path";

// ../sdk/src/backends/cache-failure.ts
init_esm_shims();

// ../sdk/src/report/access-denied.ts
init_esm_shims();
var UNAUTHORIZED = /\b401\b|unauthori[sz]ed|authentication required|no basic auth credentials/i;
var FORBIDDEN = /\b403\b|forbidden|denied|insufficient[_ ]scope/i;
function deniedStatus(error) {
  if (UNAUTHORIZED.test(error)) return "401 Unauthorized";
  if (FORBIDDEN.test(error)) return "403 Forbidden";
  return void 0;
}
function describeDenied(error, ref, access2) {
  const status = deniedStatus(error);
  if (!status) return void 0;
  const verb = access2 === "pull" ? "pull (read)" : "push (write)";
  return status === "401 Unauthorized" ? `the registry requires a login with ${verb} permission on ${ref} (${status}); fix: give registryAuth credentials for its registry that may ${access2} this repository` : `the registry login lacks ${verb} permission on ${ref} (${status}); fix: grant it ${access2} access to this repository, or use a cache ref it may ${access2}`;
}

// ../sdk/src/errors.ts
init_esm_shims();
var LayercacheError = class extends Error {
  name = "LayercacheError";
  /** Process exit code the CLI uses for this error. */
  exitCode = 1;
};
var ConfigError = class extends LayercacheError {
  constructor(issues) {
    super(formatIssues(issues));
    this.issues = issues;
  }
  issues;
  name = "ConfigError";
  exitCode = 2;
};
function formatIssues(issues) {
  const lines = issues.map((i) => `  - ${i.path || "(options)"}: ${i.message}${i.hint ? ` (fix: ${i.hint})` : ""}`);
  return `[layercache] invalid options:
${lines.join("\n")}`;
}
var BuildError = class extends LayercacheError {
  constructor(buildExitCode, stderrTail, message = `[layercache] docker buildx build failed with exit code ${buildExitCode ?? "unknown"}`) {
    super(`${message}${stderrTail ? `
${stderrTail}` : ""}`);
    this.buildExitCode = buildExitCode;
    this.stderrTail = stderrTail;
  }
  buildExitCode;
  stderrTail;
  name = "BuildError";
  /** Partial report (steps up to the failure); set by cachedBuild. */
  report;
};
var BackendError = class extends LayercacheError {
  constructor(backend, message) {
    super(`[layercache] [${backend}] ${message}`);
    this.backend = backend;
  }
  backend;
  name = "BackendError";
};
var EngineError = class extends LayercacheError {
  name = "EngineError";
};
var InterruptedError = class extends LayercacheError {
  constructor(signal) {
    super(`[layercache] stopped by ${signal}: the build was cancelled and its private docker config removed`);
    this.signal = signal;
    this.exitCode = signal === "SIGINT" ? 130 : 143;
  }
  signal;
  name = "InterruptedError";
  exitCode;
};

// ../sdk/src/backends/cache-failure.ts
function exportErrorPolicy(strict) {
  return { "ignore-error": !strict };
}
function keepingPrevious(backend, why, fix) {
  return `[${backend}] ${why}; keeping the previous cache${fix ? ` (${fix})` : ""}`;
}
function importFailure(ref, error, inRegistry2) {
  const denied = inRegistry2 ? describeDenied(error, ref, "pull") : void 0;
  return `cache import from ${ref} failed: ${denied ? `${denied} (${error})` : error}`;
}
function exportFailure(vertex, error, writes, inRegistry2) {
  const where = writes ? `: ${writes}` : "";
  const denied = inRegistry2 && writes ? describeDenied(error, writes, "push") : void 0;
  return `cache export failed (${vertex}${where}): ${denied ? `${denied} (${error})` : error}`;
}
function strictVerdict(report, subject = "") {
  const failedImport = report.imports.find((i) => i.status === "failed");
  if (failedImport) return new BackendError(report.backend, `strict: ${subject}cache import from ${failedImport.ref} failed: ${failedImport.message}`);
  if (report.exportStatus === "failed") return new BackendError(report.backend, `strict: ${subject}cache export failed: ${report.warnings.join("; ")}`);
  const otherWarning = report.warnings[0];
  return otherWarning ? new BackendError(report.backend, `strict: ${subject}${otherWarning}`) : void 0;
}

// ../sdk/src/backends/index.ts
init_esm_shims();

// ../sdk/src/backends/inline.ts
init_esm_shims();

// ../sdk/src/backends/cache-entry.ts
init_esm_shims();
function cacheEntry(attrs) {
  return Object.entries(attrs).filter(([, v]) => v !== void 0).map(([k, v]) => csvField(`${k}=${String(v)}`)).join(",");
}
function csvField(field) {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function refFor(ref, slug) {
  const lastSlash = ref.lastIndexOf("/");
  const hasTag = ref.lastIndexOf(":") > lastSlash;
  return hasTag ? ref : `${ref}:${slug}`;
}
function isPinned(ref) {
  return ref.lastIndexOf(":") > ref.lastIndexOf("/");
}

// ../sdk/src/prune/registry-store.ts
init_esm_shims();
import { createHash } from "crypto";

// ../sdk/src/run/registry-client.ts
init_esm_shims();

// ../sdk/src/credentials/bearer.ts
init_esm_shims();

// ../sdk/src/credentials/docker-config-file.ts
init_esm_shims();
import { readFile } from "fs/promises";
import os from "os";
import path2 from "path";

// ../sdk/src/credentials/registry-key.ts
init_esm_shims();
var DOCKER_HUB_KEY = "https://index.docker.io/v1/";
var DOCKER_HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function hostnameOf(value) {
  if (value.includes("://")) {
    try {
      const url = new URL(value);
      if (url.hostname !== "") return url.host;
    } catch {
    }
  }
  return value.split("/")[0];
}
function authKey(registry) {
  const host = hostnameOf(registry.trim());
  return DOCKER_HUB_HOSTS.has(host) || registry.trim() === DOCKER_HUB_KEY ? DOCKER_HUB_KEY : host;
}
function lookupByRegistry(map, registry) {
  if (!map) return void 0;
  const key = authKey(registry);
  if (map[key] !== void 0) return map[key];
  return Object.entries(map).find(([k]) => authKey(k) === key)?.[1];
}

// ../sdk/src/credentials/docker-config-file.ts
var IDENTITY_TOKEN_USER = "<token>";
function userDockerConfigDir(env) {
  return env.DOCKER_CONFIG || path2.join(env.HOME || os.homedir(), ".docker");
}
async function readDockerConfigFile(dir) {
  try {
    const parsed2 = JSON.parse(await readFile(path2.join(dir, "config.json"), "utf8"));
    return parsed2 !== null && typeof parsed2 === "object" && !Array.isArray(parsed2) ? parsed2 : {};
  } catch {
    return {};
  }
}
function entryCredentials(entry) {
  if (!entry || typeof entry !== "object") return void 0;
  if (typeof entry.identitytoken === "string" && entry.identitytoken !== "")
    return { username: IDENTITY_TOKEN_USER, password: entry.identitytoken };
  if (typeof entry.auth === "string" && entry.auth !== "") {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0)
      return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, "") };
    return void 0;
  }
  if (typeof entry.username === "string" && typeof entry.password === "string")
    return { username: entry.username, password: entry.password };
  return void 0;
}
function authsCredentials(config, registry) {
  return entryCredentials(lookupByRegistry(config.auths, registry));
}
function helperFor(config, registry) {
  const named = lookupByRegistry(config.credHelpers, registry);
  if (typeof named === "string" && named !== "") return named;
  return typeof config.credsStore === "string" && config.credsStore !== "" ? config.credsStore : void 0;
}

// ../sdk/src/credentials/bearer.ts
function parseChallenge(header) {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  const scheme = m?.[1]?.toLowerCase();
  const params = Object.fromEntries(
    [...(m?.[2] ?? "").matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)].map((p) => [
      p[1].toLowerCase(),
      (p[2] ?? p[3] ?? "").replace(/\\(.)/g, "$1")
    ])
  );
  return { scheme: scheme === "basic" || scheme === "bearer" ? scheme : "other", params };
}
function basicHeader(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
async function fetchToken(challenge, scope, credentials, fetchImpl) {
  const realm = challenge.params.realm;
  if (!realm) return void 0;
  let url;
  try {
    url = new URL(realm);
  } catch {
    return void 0;
  }
  const { service } = challenge.params;
  const wanted = scope ?? challenge.params.scope;
  const timeout = AbortSignal.timeout(15e3);
  let res;
  if (credentials?.username === IDENTITY_TOKEN_USER) {
    const form = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: credentials.password,
      client_id: "layercache"
    });
    if (service) form.set("service", service);
    if (wanted) form.set("scope", wanted);
    res = await fetchImpl(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString(),
      signal: timeout
    }).catch(() => void 0);
  } else {
    if (service) url.searchParams.set("service", service);
    if (wanted) url.searchParams.set("scope", wanted);
    res = await fetchImpl(url, {
      headers: credentials ? { Authorization: basicHeader(credentials) } : {},
      signal: timeout
    }).catch(() => void 0);
  }
  if (!res?.ok) return void 0;
  const json = await res.json().catch(() => ({}));
  const token = json.token ?? json.access_token;
  return typeof token === "string" && token !== "" ? token : void 0;
}

// ../sdk/src/credentials/source.ts
init_esm_shims();

// ../sdk/src/run/process.ts
init_esm_shims();
import { spawn } from "child_process";

// ../sdk/src/engine/buildx-plugin.ts
init_esm_shims();
import { accessSync, constants, readFileSync } from "fs";
import path3 from "path";
var SYSTEM_PLUGIN_DIRS = [
  "/usr/local/lib/docker/cli-plugins",
  "/usr/local/libexec/docker/cli-plugins",
  "/usr/lib/docker/cli-plugins",
  "/usr/libexec/docker/cli-plugins"
];
var PLUGIN_MODE_VARIABLE = "DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND";
function pluginDirs(env) {
  const configDir = userDockerConfigDir(env);
  return [...extraDirs(configDir), path3.join(configDir, "cli-plugins"), ...SYSTEM_PLUGIN_DIRS];
}
function extraDirs(configDir) {
  try {
    const parsed2 = JSON.parse(readFileSync(path3.join(configDir, "config.json"), "utf8"));
    const dirs = parsed2?.cliPluginsExtraDirs;
    return Array.isArray(dirs) ? dirs.filter((d) => typeof d === "string" && d !== "") : [];
  } catch {
    return [];
  }
}
var found = /* @__PURE__ */ new Map();
function findBuildxPlugin(env) {
  const dirs = pluginDirs(env);
  const key = dirs.join("\0");
  if (!found.has(key)) found.set(key, dirs.map((d) => path3.join(d, "docker-buildx")).find(isExecutable));
  return found.get(key);
}
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function directBuildx(command, args, env) {
  if (path3.basename(command) !== "docker") return void 0;
  const at = args[0] === "--debug" ? 1 : 0;
  if (args[at] !== "buildx") return void 0;
  const plugin = findBuildxPlugin(env);
  if (!plugin) return void 0;
  return { command: plugin, args, env: { ...env, [PLUGIN_MODE_VARIABLE]: command } };
}

// ../sdk/src/run/process.ts
var TAIL_BYTES = 4096;
var STDOUT_LIMIT = 8 * 1024 * 1024;
var KILL_AFTER_MS = 5e3;
var runProcess = (command, args, options = {}) => new Promise((resolve3, reject) => {
  const { signal } = options;
  if (signal?.aborted) return reject(interrupted(signal));
  const direct = options.env ? directBuildx(command, args, options.env) : void 0;
  const child = spawn(direct?.command ?? command, direct?.args ?? args, {
    cwd: options.cwd,
    env: direct?.env ?? options.env,
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
  });
  if (options.input !== void 0) {
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input);
  }
  let stdout = "";
  let stderrTail = "";
  let killTimer;
  const stop = () => {
    child.kill("SIGTERM");
    killTimer = setTimeout(() => child.kill("SIGKILL"), KILL_AFTER_MS);
  };
  signal?.addEventListener("abort", stop, { once: true });
  child.stdout.setEncoding("utf8").on("data", (chunk) => {
    if (stdout.length < STDOUT_LIMIT) stdout += chunk;
    options.onStdout?.(chunk);
  });
  child.stderr.setEncoding("utf8").on("data", (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-TAIL_BYTES);
    options.onStderr?.(chunk);
  });
  child.on("error", (error) => {
    signal?.removeEventListener("abort", stop);
    reject(error);
  });
  child.on("close", (code) => {
    clearTimeout(killTimer);
    signal?.removeEventListener("abort", stop);
    if (signal?.aborted) reject(interrupted(signal));
    else resolve3({ exitCode: code, stdout, stderrTail });
  });
});
function interrupted(signal) {
  return signal.reason instanceof InterruptedError ? signal.reason : new InterruptedError("SIGTERM");
}
function tailLines(text2, lines = 15) {
  return text2.split("\n").filter((l) => l.trim() !== "").slice(-lines).join("\n");
}

// ../sdk/src/credentials/cred-helper.ts
init_esm_shims();
var HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
async function helperGet(name, serverUrl, call) {
  if (!HELPER_NAME.test(name)) return void 0;
  const result = await call.run(`docker-credential-${name}`, ["get"], { env: call.env, input: serverUrl }).catch(() => void 0);
  if (!result || result.exitCode !== 0) return void 0;
  return parseHelperAnswer(result.stdout);
}
function parseHelperAnswer(stdout) {
  try {
    const answer = JSON.parse(stdout);
    if (typeof answer.Username === "string" && typeof answer.Secret === "string" && answer.Secret !== "")
      return { username: answer.Username, password: answer.Secret };
  } catch {
  }
  return void 0;
}

// ../sdk/src/credentials/source.ts
function loginFor(logins, registry) {
  return logins.find((l) => authKey(l.registry) === authKey(registry));
}
function memoized(lookup) {
  const found2 = /* @__PURE__ */ new Map();
  return {
    credentialsFor(registry) {
      const key = authKey(registry);
      if (!found2.has(key))
        found2.set(
          key,
          lookup(registry).catch(() => void 0)
        );
      return found2.get(key);
    },
    tokens: /* @__PURE__ */ new Map(),
    basicRegistries: /* @__PURE__ */ new Set()
  };
}
function loginsOnly(logins) {
  return memoized(async (registry) => {
    const login2 = loginFor(logins, registry);
    return login2 && { username: login2.username, password: login2.password };
  });
}
function credentialSource(input) {
  const config = readDockerConfigFile(userDockerConfigDir(input.env ?? {}));
  return memoized(async (registry) => {
    const login2 = loginFor(input.logins, registry);
    if (login2) return { username: login2.username, password: login2.password };
    const file = await config;
    const helper = helperFor(file, registry);
    const fromHelper = helper ? await helperGet(helper, authKey(registry), { run: input.run ?? runProcess, env: input.env }) : void 0;
    return fromHelper ?? authsCredentials(file, registry);
  });
}

// ../sdk/src/run/registry-client.ts
var MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
function splitRef(ref) {
  const slash = ref.indexOf("/");
  const first = slash > 0 ? ref.slice(0, slash) : "";
  const hasHost = first.includes(".") || first.includes(":") || first === "localhost";
  const registry = hasHost ? first : "registry-1.docker.io";
  let rest = hasHost ? ref.slice(slash + 1) : ref;
  let reference = "latest";
  const at = rest.indexOf("@");
  if (at >= 0) {
    reference = rest.slice(at + 1);
    rest = rest.slice(0, at);
  } else if (rest.lastIndexOf(":") > rest.lastIndexOf("/")) {
    reference = rest.slice(rest.lastIndexOf(":") + 1);
    rest = rest.slice(0, rest.lastIndexOf(":"));
  }
  const repository = !hasHost && !rest.includes("/") ? `library/${rest}` : rest;
  return { registry, repository, reference };
}
function asCredentialSource(auth, registry = "") {
  if (auth === void 0) return loginsOnly([]);
  if ("credentialsFor" in auth) return auth;
  if ("username" in auth) return loginsOnly([{ registry, ...auth }]);
  return loginsOnly(auth);
}
function registryClientFor(ref, auth, timeoutMs = REQUEST_TIMEOUT_MS) {
  const parts = splitRef(ref);
  return { ...parts, client: new RegistryClient(parts.registry, auth, fetch, timeoutMs) };
}
var REQUEST_TIMEOUT_MS = 15e3;
function requestTimeoutFor(cacheTimeoutSeconds) {
  return cacheTimeoutSeconds > 0 ? Math.min(REQUEST_TIMEOUT_MS, cacheTimeoutSeconds * 1e3) : REQUEST_TIMEOUT_MS;
}
function registryBaseUrl(registry) {
  const host = registry.replace(/:\d+$/, "");
  const insecure = host === "localhost" || /^127\./.test(host) || host === "[::1]";
  return `${insecure ? "http" : "https"}://${registry}`;
}
var RegistryClient = class {
  constructor(registry, auth, fetchImpl = fetch, timeoutMs = REQUEST_TIMEOUT_MS) {
    this.registry = registry;
    this.fetchImpl = fetchImpl;
    this.timeoutMs = timeoutMs;
    this.auth = asCredentialSource(auth, registry);
  }
  registry;
  fetchImpl;
  timeoutMs;
  auth;
  /** GET /v2/: reachable, and are the credentials (if any) accepted? */
  async ping() {
    return this.answer(await this.request("GET", "/v2/", void 0, "registry:catalog:*"));
  }
  /** HEAD the manifest: exists (ok), absent (not-found), or denied. */
  async manifestExists(repository, reference) {
    return this.answer(await this.request("HEAD", `/v2/${repository}/manifests/${reference}`, { Accept: MANIFEST_TYPES }, `repository:${repository}:pull`));
  }
  /** The manifest, parsed (`body`) and as sent (`raw`, `mediaType`: what a PUT needs to restore it byte for byte). */
  async getManifest(repository, reference) {
    const res = await this.request("GET", `/v2/${repository}/manifests/${reference}`, { Accept: MANIFEST_TYPES }, `repository:${repository}:pull`);
    const answer = this.answer(res);
    if (answer.status !== "ok" || !res) return { answer };
    const raw = await res.text();
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return { answer: { status: "error", httpStatus: res.status, detail: "the manifest is not JSON" } };
    }
    const mediaType = body.mediaType;
    return {
      answer,
      body,
      raw,
      mediaType: typeof mediaType === "string" ? mediaType : res.headers.get("content-type") ?? void 0,
      digest: res.headers.get("docker-content-digest") ?? void 0
    };
  }
  async getBlob(repository, digest) {
    const res = await this.request("GET", `/v2/${repository}/blobs/${digest}`, void 0, `repository:${repository}:pull`);
    const answer = this.answer(res);
    if (answer.status !== "ok" || !res) return { answer };
    return { answer, data: Buffer.from(await res.arrayBuffer()) };
  }
  async blobExists(repository, digest) {
    return this.answer(await this.request("HEAD", `/v2/${repository}/blobs/${digest}`, void 0, `repository:${repository}:pull`));
  }
  /** Monolithic upload: POST an upload session, then PUT the bytes with their digest. */
  async putBlob(repository, digest, data) {
    const scope = `repository:${repository}:pull,push`;
    const start = await this.request("POST", `/v2/${repository}/blobs/uploads/`, void 0, scope);
    const started = this.answer(start, 202);
    if (started.status !== "ok" || !start) return started;
    const location = start.headers.get("location") ?? "";
    const url = new URL(location, registryBaseUrl(this.registry));
    url.searchParams.set("digest", digest);
    return this.answer(await this.request("PUT", url.pathname + url.search, { "Content-Type": "application/octet-stream" }, scope, data), 201);
  }
  async putManifest(repository, reference, mediaType, body) {
    return this.answer(await this.request("PUT", `/v2/${repository}/manifests/${reference}`, { "Content-Type": mediaType }, `repository:${repository}:pull,push`, Buffer.from(body)), 201);
  }
  /** Every tag of a repository (GET /v2/<name>/tags/list, following `Link` pages); a missing repository has none. */
  async listTags(repository) {
    const tags = [];
    let next = `/v2/${repository}/tags/list?n=1000`;
    while (next) {
      const res = await this.request("GET", next, void 0, `repository:${repository}:pull`);
      const answer = this.answer(res);
      if (answer.status === "not-found") return { answer: { status: "ok", httpStatus: 404 }, tags };
      if (answer.status !== "ok" || !res) return { answer, tags };
      const body = await res.json().catch(() => ({}));
      if (Array.isArray(body.tags)) tags.push(...body.tags.filter((t) => typeof t === "string"));
      next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "")?.[1];
    }
    return { answer: { status: "ok" }, tags };
  }
  /**
   * DELETE /v2/<name>/manifests/<reference>: a digest removes the manifest and every tag on it;
   * a tag removes only that tag where the registry supports it (OCI distribution 1.1).
   * `code` is the registry's error code, e.g. UNSUPPORTED when deletes are disabled (405).
   */
  async deleteManifest(repository, reference) {
    const res = await this.request("DELETE", `/v2/${repository}/manifests/${reference}`, void 0, `repository:${repository}:pull,push,delete`);
    const answer = this.answer(res);
    if (answer.status === "ok" || !res) return answer;
    const body = await res.json().catch(() => ({}));
    const first = body.errors?.[0];
    return { ...answer, code: first?.code, detail: first?.message };
  }
  answer(res, okStatus) {
    if (!res) return { status: "unreachable", detail: this.lastError };
    const ok = okStatus ? res.status === okStatus || res.status >= 200 && res.status < 300 : res.status >= 200 && res.status < 300;
    if (ok) return { status: "ok", httpStatus: res.status };
    if (res.status === 401) return { status: "unauthorized", httpStatus: 401 };
    if (res.status === 403) return { status: "forbidden", httpStatus: 403 };
    if (res.status === 404) return { status: "not-found", httpStatus: 404 };
    return { status: "error", httpStatus: res.status };
  }
  lastError;
  async request(method, pathAndQuery, headers = {}, scope, body) {
    const url = `${registryBaseUrl(this.registry)}${pathAndQuery}`;
    const send = (authorization) => this.fetchImpl(url, { method, headers: { ...headers, ...authorization ? { Authorization: authorization } : {} }, body: body && new Uint8Array(body), signal: AbortSignal.timeout(this.timeoutMs) }).catch((error) => {
      this.lastError = error.cause?.message ?? error.message;
      return void 0;
    });
    let res = await send(await this.knownAuthorization(scope));
    if (res?.status === 401) {
      const authorization = await this.answerChallenge(res.headers.get("www-authenticate") ?? "", scope);
      if (authorization) res = await send(authorization);
    }
    return res;
  }
  tokenKey(scope) {
    return `${this.registry} ${scope ?? ""}`;
  }
  /** What this run already holds for the registry and scope: a bearer token, or Basic for a Basic registry. */
  async knownAuthorization(scope) {
    const token = this.auth.tokens.get(this.tokenKey(scope));
    if (token) return `Bearer ${token}`;
    if (!this.auth.basicRegistries.has(this.registry)) return void 0;
    const credentials = await this.auth.credentialsFor(this.registry);
    return credentials && basicHeader(credentials);
  }
  /** The Authorization a 401's challenge asks for, from the run's credentials (Basic, or a bearer token from the realm). */
  async answerChallenge(header, scope) {
    const challenge = parseChallenge(header);
    if (challenge.scheme === "other") return void 0;
    const credentials = await this.auth.credentialsFor(this.registry);
    if (challenge.scheme === "basic") {
      if (!credentials) return void 0;
      this.auth.basicRegistries.add(this.registry);
      return basicHeader(credentials);
    }
    const token = await fetchToken(challenge, scope, credentials, this.fetchImpl);
    if (!token) return void 0;
    this.auth.tokens.set(this.tokenKey(scope), token);
    return `Bearer ${token}`;
  }
};

// ../sdk/src/prune/cache-tags.ts
init_esm_shims();
var SUFFIX_KINDS = { "": "cache", ".prev": "prev", ".record": "record", ".prev.record": "prev-record", ".mounts": "mounts" };
var SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
function parseCacheTag(tag) {
  const dot = tag.indexOf(".");
  const slug = dot < 0 ? tag : tag.slice(0, dot);
  const kind = SUFFIX_KINDS[dot < 0 ? "" : tag.slice(dot)];
  return kind !== void 0 && SLUG.test(slug) ? { slug, kind } : void 0;
}
function groupCacheTags(tags) {
  const groups = /* @__PURE__ */ new Map();
  for (const tag of tags) {
    const parsed2 = parseCacheTag(tag);
    if (!parsed2) continue;
    const group = groups.get(parsed2.slug) ?? /* @__PURE__ */ new Map();
    group.set(parsed2.kind, tag);
    groups.set(parsed2.slug, group);
  }
  return groups;
}

// ../sdk/src/prune/record-time.ts
init_esm_shims();
function recordTime(text2) {
  try {
    const createdAt = JSON.parse(text2).createdAt;
    const time = typeof createdAt === "string" ? new Date(createdAt) : void 0;
    return time && !Number.isNaN(time.getTime()) ? time : void 0;
  } catch {
    return void 0;
  }
}

// ../sdk/src/prune/registry-store.ts
var BUILDKIT_CACHE_CONFIG = "application/vnd.buildkit.cacheconfig.v0";
var REMOVE_ORDER = ["cache", "prev", "mounts", "prev-record", "record"];
function registryStore(repositoryRef, logins, backend) {
  const { client, repository, registry } = registryClientFor(`${repositoryRef}:latest`, logins);
  const location = `${registry}/${repository}`;
  let tagInfo = /* @__PURE__ */ new Map();
  return {
    async inventory() {
      const listed = await client.listTags(repository);
      if (listed.answer.status !== "ok") throw new BackendError(backend, `cannot list the tags of ${location} (${describe(listed.answer)}); check the registry login builds use`);
      tagInfo = /* @__PURE__ */ new Map();
      for (let i = 0; i < listed.tags.length; i += 8) {
        await Promise.all(listed.tags.slice(i, i + 8).map(async (tag) => {
          const info = await manifestInfo(client, repository, tag);
          if (info) tagInfo.set(tag, info);
        }));
      }
      const entries = [];
      const notes = [];
      for (const [slug, group] of groupCacheTags(listed.tags)) {
        const blobs = /* @__PURE__ */ new Map();
        let isCache = false;
        for (const kind of ["cache", "prev"]) {
          const info = group.get(kind) && tagInfo.get(group.get(kind));
          if (!info) continue;
          isCache ||= holdsBuildkitCache(info.body);
          await collectBlobs(client, repository, info, blobs);
        }
        const recordTag = group.get("record");
        const record = recordTag ? await readRecordTime(client, repository, tagInfo.get(recordTag)) : void 0;
        for (const kind of ["record", "prev-record", "mounts"]) {
          const info = group.get(kind) && tagInfo.get(group.get(kind));
          if (info) await collectBlobs(client, repository, info, blobs);
        }
        if (!isCache && record === void 0) {
          notes.push(`${location}:${[...group.values()].join(", ")} is not a layercache cache (no build record, not a BuildKit cache manifest): left alone`);
          continue;
        }
        const items = REMOVE_ORDER.flatMap((k) => group.has(k) ? [`${location}:${group.get(k)}`] : []);
        entries.push({ slug, items, blobs, lastWrite: record });
      }
      return { location, entries, notes };
    },
    // Every tag that stays, cache or not, is in tagInfo: the digest check covers what `keep` holds.
    async remove(remove) {
      const tagOf2 = (item) => item.slice(location.length + 1);
      const going = new Set(remove.flatMap((e) => e.items.map(tagOf2)));
      const removed = [];
      const warnings = [];
      const deletedDigests = /* @__PURE__ */ new Set();
      for (const entry of remove) {
        for (const item of entry.items) {
          const tag = tagOf2(item);
          const digest = tagInfo.get(tag)?.digest;
          if (digest !== void 0 && deletedDigests.has(digest)) {
            removed.push(item);
            continue;
          }
          const sharers = [...tagInfo].filter(([t, i]) => i.digest === digest && !going.has(t)).map(([t]) => t);
          const byDigest = digest !== void 0 && sharers.length === 0;
          const answer = await client.deleteManifest(repository, byDigest ? digest : tag);
          if (answer.status === "ok" || answer.status === "not-found") {
            if (byDigest) deletedDigests.add(digest);
            removed.push(item);
            continue;
          }
          if (answer.httpStatus === 405 || answer.code === "UNSUPPORTED") {
            throw new BackendError(backend, `${registryName(location)} refuses deletes (405 ${answer.code ?? "UNSUPPORTED"}), so nothing more was removed${removed.length ? ` (removed: ${removed.join(", ")})` : ""}. Fix: enable deletes on the registry (distribution/registry:2: REGISTRY_STORAGE_DELETE_ENABLED=true, or storage.delete.enabled: true in its config). GHCR and Docker Hub refuse this API for every repository: remove their package versions with their own API (docs/prune.md)`);
          }
          if (!byDigest && sharers.length > 0) {
            warnings.push(`[${backend}] ${item} left: it shares its manifest with ${sharers.map((t) => `${location}:${t}`).join(", ")}, which stays, and this registry cannot delete a tag alone (${describe(answer)})`);
            continue;
          }
          warnings.push(`[${backend}] could not delete ${item} (${describe(answer)})`);
        }
      }
      return { removed, warnings };
    }
  };
}
async function registryCacheBlobs(ref, logins) {
  const { client, repository, reference } = registryClientFor(ref, logins);
  const info = await manifestInfo(client, repository, reference).catch(() => void 0);
  if (!info) return void 0;
  const blobs = /* @__PURE__ */ new Map();
  await collectBlobs(client, repository, info, blobs);
  return blobs;
}
async function manifestInfo(client, repository, reference) {
  const m = await client.getManifest(repository, reference);
  if (m.answer.status !== "ok" || m.raw === void 0) return void 0;
  const digest = m.digest ?? `sha256:${createHash("sha256").update(m.raw).digest("hex")}`;
  return { digest, body: m.body ?? {}, bytes: Buffer.byteLength(m.raw) };
}
function holdsBuildkitCache(body) {
  return [...body.manifests ?? [], ...body.config ? [body.config] : []].some((d) => d.mediaType === BUILDKIT_CACHE_CONFIG);
}
async function collectBlobs(client, repository, info, blobs, depth = 0) {
  blobs.set(info.digest, info.bytes);
  const children = [...info.body.manifests ?? [], ...info.body.layers ?? [], ...info.body.config ? [info.body.config] : []];
  for (const d of children) {
    if (typeof d.digest !== "string") continue;
    if (d.mediaType !== void 0 && MANIFEST_TYPES.includes(d.mediaType) && depth < 2) {
      const child = await manifestInfo(client, repository, d.digest);
      if (child) await collectBlobs(client, repository, child, blobs, depth + 1);
      continue;
    }
    blobs.set(d.digest, typeof d.size === "number" ? d.size : 0);
  }
}
async function readRecordTime(client, repository, info) {
  const layer = info?.body.layers?.[0];
  if (!layer?.digest) return void 0;
  const blob = await client.getBlob(repository, layer.digest);
  return blob.data ? recordTime(blob.data.toString("utf8")) : void 0;
}
function describe(answer) {
  return [answer.status, answer.httpStatus, answer.detail].filter((x) => x !== void 0).join(" ");
}
function registryName(location) {
  return `the registry ${location.split("/")[0]}`;
}

// ../sdk/src/backends/registry/records.ts
init_esm_shims();

// ../sdk/src/record/store.ts
init_esm_shims();
import { createHash as createHash2 } from "crypto";
import { readFile as readFile2, writeFile } from "fs/promises";
import path4 from "path";
var RECORD_MEDIA_TYPE = "application/vnd.layercache.record.v1+json";
var RECORD_FILE = "layercache-record.json";
function recordRef(cacheRef) {
  return `${cacheRef}.record`;
}
function registryRecordStore(reads, write, auth) {
  return {
    async read() {
      for (const ref of reads) {
        const { registry, repository, reference } = splitRef(recordRef(ref));
        const client = new RegistryClient(registry, auth);
        const manifest = await client.getManifest(repository, reference);
        const layer = manifest.body?.layers?.[0];
        if (!layer) continue;
        const blob = await client.getBlob(repository, layer.digest);
        if (blob.data) return parseRecord(blob.data.toString("utf8"));
      }
      return void 0;
    },
    async write(record) {
      if (!write) return;
      const { registry, repository, reference } = splitRef(recordRef(write));
      const client = new RegistryClient(registry, auth);
      const data = Buffer.from(JSON.stringify(record));
      const config = Buffer.from("{}");
      const digestOf = (b) => `sha256:${createHash2("sha256").update(b).digest("hex")}`;
      for (const blob of [data, config]) {
        const answer2 = await client.putBlob(repository, digestOf(blob), blob);
        if (answer2.status !== "ok") throw new Error(`record blob upload: ${answer2.status}`);
      }
      const manifest = {
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        artifactType: RECORD_MEDIA_TYPE,
        config: { mediaType: "application/vnd.oci.empty.v1+json", digest: digestOf(config), size: config.length },
        layers: [{ mediaType: RECORD_MEDIA_TYPE, digest: digestOf(data), size: data.length }]
      };
      const answer = await client.putManifest(repository, reference, manifest.mediaType, JSON.stringify(manifest));
      if (answer.status !== "ok") throw new Error(`record manifest upload: ${answer.status}`);
    }
  };
}
function localRecordStore(readDirs, writeDir) {
  return {
    async read() {
      for (const dir of readDirs) {
        const text2 = await readFile2(path4.join(dir, RECORD_FILE), "utf8").catch(() => void 0);
        const record = text2 === void 0 ? void 0 : parseRecord(text2);
        if (record) return record;
      }
      return void 0;
    },
    async write(record) {
      if (writeDir) await writeFile(path4.join(writeDir, RECORD_FILE), JSON.stringify(record));
    }
  };
}
function parseRecord(text2) {
  try {
    const value = JSON.parse(text2);
    return value?.version === 1 && Array.isArray(value.steps) ? value : void 0;
  } catch {
    return void 0;
  }
}

// ../sdk/src/backends/registry/records.ts
function registryRecords(plan, _cwd, auth) {
  return registryRecordStore(plan.reads, plan.writes, auth);
}
function registryBlobs(where, options) {
  return registryCacheBlobs(where, options.registryAuth);
}

// ../sdk/src/backends/refs.ts
init_esm_shims();
function registryRefs(repository, keys) {
  if (isPinned(repository)) {
    const write = keys.write !== void 0 && keys.event !== "pull-request" ? repository : void 0;
    const notes = keys.write !== void 0 && write === void 0 ? [`cache ref ${repository} has a fixed tag, so this pull request only reads it`] : [];
    return { read: [repository], write, notes };
  }
  return {
    read: keys.read.map((slug) => refFor(repository, slug)),
    write: keys.write !== void 0 ? refFor(repository, keys.write) : void 0,
    notes: []
  };
}
function previousRef(ref) {
  return `${ref}.prev`;
}
function withPreviousGenerations(reads, previous, exists) {
  return reads.flatMap((ref) => exists?.has(previous(ref)) ? [ref, previous(ref)] : [ref]);
}

// ../sdk/src/backends/types.ts
init_esm_shims();
function emptyPlan(backend) {
  return { backend, cacheFrom: [], cacheTo: [], extraTags: [], buildArgs: {}, secretEnv: {}, reads: [], writes: void 0, notes: [] };
}

// ../sdk/src/backends/inline.ts
function repositoryOf(reference) {
  const noDigest = reference.split("@")[0];
  const lastColon = noDigest.lastIndexOf(":");
  return lastColon > noDigest.lastIndexOf("/") ? noDigest.slice(0, lastColon) : noDigest;
}
var inlineBackend = {
  name: "inline",
  exporter: "inline",
  store: "registry",
  finalStageOnly: true,
  repository: (o) => o.cache.ref ?? (o.tags[0] !== void 0 ? repositoryOf(o.tags[0]) : void 0),
  pruneStore: (o) => registryStore(o.ref, o.registryAuth, "inline"),
  pruneRequires: (o) => o.ref ? [] : [{ path: "ref", message: `the ${o.backend} backend needs the cache repository`, hint: "pass --cache-ref HOST/REPO" }],
  requires: (o) => o.cache.ref || o.tags.length > 0 ? [] : [{ path: "cache.ref", message: "is required by the inline backend when no tag is given", hint: "set cache.ref or at least one tag" }],
  recordStore: registryRecords,
  blobsAt: registryBlobs,
  plan({ options, keys }) {
    const plan = emptyPlan("inline");
    const repository = options.cache.ref ?? repositoryOf(options.tags[0]);
    const refs = registryRefs(repository, keys);
    plan.reads = refs.read;
    plan.notes.push(...refs.notes);
    plan.cacheFrom = refs.read.map((ref) => cacheEntry({ type: "registry", ref }));
    if (options.cache.mode === "max") plan.notes.push("inline caches only the final stage (mode=min); use the registry backend for mode=max");
    if (refs.write && !options.push) {
      plan.notes.push(`inline cache is stored in the pushed image, and push is off: ${refs.write} is not written`);
    } else if (refs.write) {
      plan.writes = refs.write;
      plan.extraTags = options.tags.includes(refs.write) ? [] : [refs.write];
      plan.cacheTo = [cacheEntry({ type: "inline" })];
    }
    return plan;
  }
};

// ../sdk/src/backends/local/backend.ts
init_esm_shims();
import { lstat as lstat2, lutimes, mkdir as mkdir3, readdir as readdir4, readlink, realpath, rename as rename2, rm as rm4, stat as stat6, symlink } from "fs/promises";
import path11 from "path";
import { randomBytes } from "crypto";

// ../sdk/src/prune/local-store.ts
init_esm_shims();
import { lstat, readdir, readFile as readFile3, rename, rm, stat } from "fs/promises";
import path5 from "path";
function localStore(dir, runId) {
  return {
    async inventory() {
      const entries = [];
      const notes = [];
      const children = await readdir(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === "ENOENT") return [];
        throw error;
      });
      for (const child of children) {
        if (!child.isDirectory() || child.name.startsWith(".")) continue;
        const root = path5.join(dir, child.name);
        const current = await lstat(path5.join(root, "current")).catch(() => void 0);
        const snapshots = await stat(path5.join(root, "snapshots")).catch(() => void 0);
        if (parseCacheTag(child.name)?.kind !== "cache" || !current && !snapshots) {
          notes.push(`${root} is not a branch cache (no current link or snapshots): left alone`);
          continue;
        }
        const blobs = /* @__PURE__ */ new Map();
        await collectFiles(root, blobs);
        const record = await readFile3(path5.join(root, "current", RECORD_FILE), "utf8").then(recordTime, () => void 0);
        const times = [current?.mtime, record].filter((t) => t !== void 0);
        const lastWrite = times.length > 0 ? new Date(Math.max(...times.map((t) => t.getTime()))) : void 0;
        entries.push({ slug: child.name, items: [root], blobs, lastWrite });
      }
      return { location: dir, entries, notes };
    },
    async remove(remove) {
      const removed = [];
      const warnings = [];
      for (const entry of remove) {
        const root = entry.items[0];
        const aside = path5.join(dir, `.pruned-${path5.basename(root)}-${runId}`);
        try {
          await rename(root, aside);
          await rm(aside, { recursive: true, force: true });
          removed.push(root);
        } catch (error) {
          warnings.push(`[local] could not remove ${root} (${error.message})`);
        }
      }
      return { removed, warnings };
    }
  };
}
async function collectFiles(dir, blobs) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path5.join(dir, entry.name);
    if (entry.isDirectory()) await collectFiles(p, blobs);
    else if (entry.isFile()) {
      const info = await stat(p).catch(() => void 0);
      if (info) blobs.set(`inode:${info.dev}:${info.ino}`, info.size);
    }
  }
}

// ../sdk/src/backends/local/blob-digest.ts
init_esm_shims();
import { createHash as createHash3, getHashes } from "crypto";
import { createReadStream } from "fs";
var DigestCache = class extends Map {
  bytesHashed = 0;
  msHashing = 0;
};
function newDigestCache() {
  return new DigestCache();
}
var HASHES = new Set(getHashes());
async function blobMatchesDigest(file, digest, info, cache) {
  const key = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${digest}`;
  const known = cache.get(key);
  if (known !== void 0) return known;
  const [algorithm, hex] = digest.split(":");
  const started = performance.now();
  const hashed = algorithm !== void 0 && HASHES.has(algorithm) ? await hashFile(file, algorithm).catch(() => void 0) : void 0;
  cache.msHashing += performance.now() - started;
  if (hashed !== void 0) cache.bytesHashed += info.size;
  const verdict = hex !== void 0 && hashed === hex.toLowerCase();
  cache.set(key, verdict);
  return verdict;
}
async function hashFile(file, algorithm) {
  const hash2 = createHash3(algorithm);
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) hash2.update(chunk);
  return hash2.digest("hex");
}

// ../sdk/src/backends/local/blobs.ts
init_esm_shims();
import { readdir as readdir2, stat as stat2 } from "fs/promises";
import path6 from "path";
async function localBlobs(snapshot) {
  const blobs = /* @__PURE__ */ new Map();
  const root = path6.join(snapshot, "blobs");
  for (const algorithm of await readdir2(root).catch(() => [])) {
    for (const hex of await readdir2(path6.join(root, algorithm)).catch(() => [])) {
      const info = await stat2(path6.join(root, algorithm, hex)).catch(() => void 0);
      if (info?.isFile()) blobs.set(`${algorithm}:${hex}`, info.size);
    }
  }
  return blobs.size > 0 ? blobs : void 0;
}

// ../sdk/src/backends/local/existing.ts
init_esm_shims();
import { stat as stat3 } from "fs/promises";
import path8 from "path";

// ../sdk/src/backends/local/layout.ts
init_esm_shims();
import path7 from "path";
function localLayout(dir, slug, runId) {
  const root = path7.join(dir, slug);
  return { root, current: path7.join(root, "current"), snapshots: path7.join(root, "snapshots"), staging: path7.join(root, "snapshots", runId) };
}
function previousLink(current) {
  return path7.join(path7.dirname(current), "previous");
}
function localCandidates(dir, slugs) {
  return slugs.map((slug) => localLayout(dir, slug, "").current);
}

// ../sdk/src/backends/local/existing.ts
async function findLocalExisting({ cache, keys, cwd }) {
  const caches = /* @__PURE__ */ new Set();
  const previous = /* @__PURE__ */ new Set();
  if (!cache.dir) return { caches, previous };
  for (const current of localCandidates(cache.dir, keys.read)) {
    if (await holdsSnapshot(current, cwd)) caches.add(current);
    if (await holdsSnapshot(previousLink(current), cwd)) previous.add(previousLink(current));
  }
  return { caches, previous };
}
async function holdsSnapshot(link2, cwd) {
  return await stat3(path8.join(path8.resolve(cwd, link2), "index.json")).catch(() => void 0) !== void 0;
}

// ../sdk/src/backends/local/writers.ts
init_esm_shims();
import { mkdir, rm as rm2, stat as stat4, writeFile as writeFile2 } from "fs/promises";
import path9 from "path";
var STALE_MS = 36e5;
function markerPath(snapshots, runId) {
  return path9.join(path9.dirname(snapshots), "writing", runId);
}
async function markWriting(snapshots, runId) {
  const marker = markerPath(snapshots, runId);
  await mkdir(path9.dirname(marker), { recursive: true }).then(() => writeFile2(marker, ""), () => void 0).catch(() => void 0);
}
async function unmarkWriting(snapshots, runId) {
  await rm2(markerPath(snapshots, runId), { force: true }).catch(() => void 0);
}
async function beingWritten(snapshots, name, now = Date.now()) {
  const info = await stat4(markerPath(snapshots, name)).catch(() => void 0);
  return info !== void 0 && now - info.mtimeMs < STALE_MS;
}
async function discard(dir) {
  await rm2(dir, { recursive: true, force: true, maxRetries: 2 }).catch(() => void 0);
}

// ../sdk/src/backends/local/snapshot.ts
init_esm_shims();
import { link, mkdir as mkdir2, readdir as readdir3, readFile as readFile4, rm as rm3, stat as stat5 } from "fs/promises";
import path10 from "path";
async function inspectSnapshot(dir, options = {}) {
  const walk = await walkSnapshot(dir, options.verifyDigests);
  if (walk.problem) return { complete: false, reason: walk.problem, bytes: 0 };
  return { complete: true, bytes: await directoryBytes(dir) };
}
async function walkSnapshot(dir, digests) {
  const referenced = /* @__PURE__ */ new Set();
  let index;
  try {
    index = JSON.parse(await readFile4(path10.join(dir, "index.json"), "utf8"));
  } catch {
    return { problem: "index.json is missing or unreadable", referenced };
  }
  const manifests = index.manifests ?? [];
  if (manifests.length === 0) return { problem: "index.json lists no cache manifest", referenced };
  return { problem: await followBlobs(dir, manifests, 0, referenced, digests), referenced };
}
async function followBlobs(dir, descriptors, depth, referenced, digests) {
  for (const d of descriptors) {
    const blob = blobPath(dir, d.digest ?? "");
    const info = blob ? await stat5(blob).catch(() => void 0) : void 0;
    if (!blob || !info) return `blob ${d.digest} is missing`;
    if (typeof d.size === "number" && info.size !== d.size) return `blob ${d.digest} has ${info.size} bytes, not ${d.size}`;
    if (digests && !referenced.has(blob) && !await blobMatchesDigest(blob, d.digest, info, digests)) return `blob ${d.digest} does not match its digest (its content changed)`;
    referenced.add(blob);
    const children = await childDescriptors(blob, d.mediaType ?? "", depth);
    if (typeof children === "string") return `blob ${d.digest} ${children}`;
    const inner = await followBlobs(dir, children, depth + 1, referenced, digests);
    if (inner) return inner;
  }
  return void 0;
}
async function childDescriptors(blob, mediaType, depth) {
  const isManifest = /(manifest|index)(\.v\d+)?\+json$/.test(mediaType);
  const isCacheConfig = mediaType.startsWith("application/vnd.buildkit.cacheconfig");
  if (depth >= 3 || !isManifest && !isCacheConfig) return [];
  let doc;
  try {
    doc = JSON.parse(await readFile4(blob, "utf8"));
  } catch {
    return isManifest ? "is not a readable manifest" : "is not a readable cache config";
  }
  if (isCacheConfig) return (doc.layers ?? []).filter((l) => typeof l.blob === "string").map((l) => ({ digest: l.blob }));
  return [...doc.manifests ?? [], ...doc.layers ?? [], ...doc.config ? [doc.config] : []];
}
function blobPath(dir, digest) {
  const [algorithm, hex] = digest.split(":");
  return algorithm && hex ? path10.join(dir, "blobs", algorithm, hex) : void 0;
}
async function directoryBytes(dir, seen = /* @__PURE__ */ new Set()) {
  let total = 0;
  for (const entry of await readdir3(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path10.join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(p, seen);
    else if (entry.isFile()) {
      const info = await stat5(p).catch(() => void 0);
      if (info === void 0) continue;
      const inode = `${info.dev}:${info.ino}`;
      if (seen.has(inode)) continue;
      seen.add(inode);
      total += info.size;
    }
  }
  return total;
}
async function seedSnapshot(from, to) {
  let linked = 0;
  for (const algorithm of await readdir3(path10.join(from, "blobs")).catch(() => [])) {
    const source = path10.join(from, "blobs", algorithm);
    const target = path10.join(to, "blobs", algorithm);
    await mkdir2(target, { recursive: true });
    for (const name of await readdir3(source).catch(() => [])) {
      const ok = await link(path10.join(source, name), path10.join(target, name)).then(
        () => true,
        (error) => error.code === "EEXIST"
      );
      if (!ok) return linked;
      linked += 1;
    }
  }
  return linked;
}
async function dropUnreferencedBlobs(dir) {
  const walk = await walkSnapshot(dir);
  if (walk.problem) return 0;
  let dropped = 0;
  for (const algorithm of await readdir3(path10.join(dir, "blobs")).catch(() => [])) {
    const blobs = path10.join(dir, "blobs", algorithm);
    for (const name of await readdir3(blobs).catch(() => [])) {
      const blob = path10.join(blobs, name);
      if (walk.referenced.has(blob)) continue;
      await rm3(blob, { force: true });
      dropped += 1;
    }
  }
  return dropped;
}

// ../sdk/src/backends/local/backend.ts
var repairs = /* @__PURE__ */ new WeakMap();
var integrityChecks = /* @__PURE__ */ new WeakMap();
var localBackend = {
  name: "local",
  exporter: "local",
  store: "directory",
  requires: (o) => o.cache.dir ? [] : [{ path: "cache.dir", message: "is required by the local backend", hint: "give a directory inside the workspace, e.g. .layercache/cache" }],
  findExisting: findLocalExisting,
  pruneRequires: (o) => o.dir ? [] : [{ path: "dir", message: "the local backend needs the cache directory", hint: "pass --cache-dir DIR" }],
  pruneStore: (o, { cwd }) => localStore(path11.resolve(cwd, o.dir), `${process.pid}-${randomBytes(4).toString("hex")}`),
  recordStore: (plan, cwd) => localRecordStore(plan.reads.map((p) => path11.resolve(cwd, p)), plan.writes && path11.resolve(cwd, plan.writes)),
  blobsAt: (where, _options, cwd) => localBlobs(path11.resolve(cwd, where)),
  writtenLocation: (_plan, options, writeSlug) => path11.join(options.cache.dir, writeSlug, "current"),
  plan({ options, keys, facts }) {
    const plan = emptyPlan("local");
    const dir = options.cache.dir;
    const existing = keys.read.map((slug) => localLayout(dir, slug, facts.runId).current).filter((p) => facts.localCaches?.has(p) ?? true);
    plan.reads = withPreviousGenerations(existing, previousLink, facts.previousCaches);
    plan.cacheFrom = plan.reads.map((src) => cacheEntry({ type: "local", src }));
    if (keys.write !== void 0) {
      const { staging } = localLayout(dir, keys.write, facts.runId);
      plan.writes = staging;
      plan.cacheTo = [cacheEntry({ type: "local", dest: staging, mode: options.cache.mode, ...exportErrorPolicy(options.cache.strict) })];
    }
    return plan;
  },
  async prepare(input, plan) {
    const abs = (p) => path11.resolve(input.facts.cwd, p);
    if (plan.writes) {
      await mkdir3(path11.dirname(abs(plan.writes)), { recursive: true });
      await markWriting(path11.dirname(abs(plan.writes)), input.facts.runId);
    }
    const warnings = [];
    const digests = newDigestCache();
    for (const current of plan.reads) {
      const warning = await repairCurrent(abs(current), input.facts.runId, digests);
      if (warning) warnings.push(warning);
    }
    if (warnings.length > 0) repairs.set(plan, warnings);
    if (digests.bytesHashed > 0) integrityChecks.set(plan, { bytesHashed: digests.bytesHashed, ms: Math.round(digests.msHashing) });
    if (plan.writes) {
      for (const current of plan.reads) {
        const snapshot = await realpath(abs(current)).catch(() => void 0);
        if (snapshot === void 0) continue;
        await seedSnapshot(snapshot, abs(plan.writes));
        break;
      }
    }
  },
  async commit(input, plan, outcome) {
    const integrityCheck = integrityChecks.get(plan);
    const result = await commitLocal(input, plan, outcome);
    return integrityCheck ? { ...result, integrityCheck } : result;
  }
};
async function commitLocal(...[input, plan, outcome]) {
  const repaired = repairs.get(plan) ?? [];
  if (plan.writes === void 0) return { warnings: repaired, notes: [] };
  const layout = localLayout(input.options.cache.dir, input.keys.write, input.facts.runId);
  const abs = (p) => path11.resolve(input.facts.cwd, p);
  try {
    return await commitSnapshot(input, plan, outcome, layout, abs, repaired);
  } finally {
    await unmarkWriting(abs(layout.snapshots), input.facts.runId);
  }
}
async function commitSnapshot(input, plan, outcome, layout, abs, repaired) {
  const { keep, maxSizeMb } = input.options.cache.local;
  const prune = () => pruneSnapshots(abs(layout.snapshots), abs(layout.current), keep, input.facts.runId).catch(() => void 0);
  if (!outcome.buildSucceeded) {
    await discard(abs(layout.staging));
    return { warnings: repaired, notes: [] };
  }
  const warnings = [...repaired];
  const notes = [];
  if (outcome.allStepsCached && plan.reads.includes(layout.current) && (await inspectSnapshot(abs(layout.current))).complete) {
    notes.push(`[local] every step came from the cache, so ${layout.current} stays as it is (a re-export of a fully cached build can leave out earlier stages)`);
    await discard(abs(layout.staging));
    await lutimes(abs(layout.current), /* @__PURE__ */ new Date(), /* @__PURE__ */ new Date()).catch(() => void 0);
    await prune();
    return { warnings, notes };
  }
  await dropUnreferencedBlobs(abs(layout.staging)).catch(() => 0);
  const present = await stat6(abs(layout.staging)).catch(() => void 0) !== void 0;
  const verdict = present ? await inspectSnapshot(abs(layout.staging)) : { complete: false, bytes: 0 };
  const capBytes = maxSizeMb * 1024 * 1024;
  if (!present) {
    warnings.push(keepingPrevious("local", `the cache export to ${layout.staging} was removed before it could be swapped in (by something else sharing the cache directory)`));
  } else if (!verdict.complete) {
    warnings.push(keepingPrevious("local", `the cache export to ${layout.staging} is incomplete (${verdict.reason})`));
    await discard(abs(layout.staging));
  } else if (verdict.bytes > capBytes) {
    warnings.push(keepingPrevious("local", `the new cache is ${mb(verdict.bytes)} MB, over the ${maxSizeMb} MB cap`, "raise cache.local.maxSizeMb or use mode=min"));
    await discard(abs(layout.staging));
  } else {
    const replaced = await readlink(abs(layout.current)).catch(() => void 0);
    if (replaced !== void 0 && keep > 0) await swapLink(previousLink(abs(layout.current)), replaced, input.facts.runId);
    await swapLink(abs(layout.current), path11.relative(layout.root, layout.staging), input.facts.runId);
  }
  await prune();
  return { warnings, notes };
}
async function repairCurrent(current, runId, digests = newDigestCache()) {
  const target = await readlink(current).catch(() => void 0);
  if (target === void 0) return void 0;
  const snapshot = path11.resolve(path11.dirname(current), target);
  if (!await stat6(snapshot).catch(() => void 0)) return void 0;
  const verdict = await inspectSnapshot(snapshot, { verifyDigests: digests });
  if (verdict.complete) return void 0;
  if (await readlink(current).catch(() => void 0) !== target) return void 0;
  const snapshots = path11.dirname(snapshot);
  let fallback;
  const candidates2 = await readdir4(snapshots, { withFileTypes: true }).catch(() => []);
  const dated = await Promise.all(
    candidates2.filter((e) => e.isDirectory() && e.name !== path11.basename(snapshot)).map(async (e) => ({ name: e.name, mtime: (await lstat2(path11.join(snapshots, e.name)).catch(() => ({ mtimeMs: 0 }))).mtimeMs }))
  );
  for (const c of dated.sort((a, b) => b.mtime - a.mtime)) {
    if ((await inspectSnapshot(path11.join(snapshots, c.name), { verifyDigests: digests })).complete) {
      fallback = c.name;
      break;
    }
  }
  if (fallback) await swapLink(current, path11.relative(path11.dirname(current), path11.join(snapshots, fallback)), runId);
  else await rm4(current, { force: true });
  const kept = await quarantine(snapshot);
  const where = kept ? `; the damaged snapshot is kept at ${kept} for inspection` : "";
  return `[local] the cache snapshot ${snapshot} is damaged (${verdict.reason}); ${fallback ? `reading the previous snapshot ${fallback} instead` : "building without it"}; this build's export replaces it${where}`;
}
async function quarantine(snapshot) {
  const dir = path11.join(path11.dirname(path11.dirname(snapshot)), "quarantine");
  const dest = path11.join(dir, path11.basename(snapshot));
  await rm4(dir, { recursive: true, force: true }).catch(() => void 0);
  const moved = await mkdir3(dir, { recursive: true }).then(() => rename2(snapshot, dest)).then(() => true, () => false);
  if (!moved) await rm4(snapshot, { recursive: true, force: true }).catch(() => void 0);
  return moved ? dest : void 0;
}
async function swapLink(link2, target, runId) {
  const tmp = `${link2}.${runId}.tmp`;
  await rm4(tmp, { force: true });
  await symlink(target, tmp);
  await rename2(tmp, link2);
}
async function pruneSnapshots(snapshots, current, keep, runId) {
  const currentTarget = await readlink(current).then((t) => path11.basename(t)).catch(() => void 0);
  const previousTarget = await readlink(previousLink(current)).then((t) => path11.basename(t)).catch(() => void 0);
  const entries = await readdir4(snapshots, { withFileTypes: true }).catch(() => []);
  const others = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name === currentTarget || e.name === runId) continue;
    const info = await lstat2(path11.join(snapshots, e.name)).catch(() => void 0);
    if (info) others.push({ name: e.name, mtime: info.mtimeMs, complete: await stat6(path11.join(snapshots, e.name, "index.json")).catch(() => void 0) !== void 0 });
  }
  others.sort((a, b) => b.mtime - a.mtime);
  const hourAgo = Date.now() - 36e5;
  const completeOthers = others.filter((o) => o.complete);
  const keepNames = new Set(completeOthers.slice(0, keep).map((o) => o.name));
  if (previousTarget !== void 0 && keep > 0) keepNames.add(previousTarget);
  for (const o of others) {
    if (keepNames.has(o.name)) continue;
    if (!o.complete && o.mtime > hourAgo) continue;
    if (await beingWritten(snapshots, o.name)) continue;
    const named = await Promise.all([current, previousLink(current)].map((l) => readlink(l).then((t) => path11.basename(t), () => void 0)));
    if (named.includes(o.name)) continue;
    await discard(path11.join(snapshots, o.name));
  }
}
function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}

// ../sdk/src/backends/none.ts
init_esm_shims();
var noneBackend = {
  name: "none",
  exporter: null,
  store: null,
  plan() {
    return emptyPlan("none");
  }
};

// ../sdk/src/backends/registry/backend.ts
init_esm_shims();

// ../sdk/src/backends/registry/previous.ts
init_esm_shims();
async function findRegistryPrevious({ cache, keys, credentials }) {
  const previous = /* @__PURE__ */ new Set();
  if (!cache.ref) return { previous };
  await Promise.all(
    registryRefs(cache.ref, keys).read.map(async (ref) => {
      const prev = previousRef(ref);
      const { client, repository, reference } = registryClientFor(prev, credentials, requestTimeoutFor(cache.timeout));
      const answer = await client.manifestExists(repository, reference).catch(() => void 0);
      if (answer?.status === "ok") previous.add(prev);
    })
  );
  return { previous };
}

// ../sdk/src/backends/registry/backend.ts
var previousManifests = /* @__PURE__ */ new WeakMap();
var registryBackend = {
  name: "registry",
  exporter: "registry",
  store: "registry",
  requires: (o) => o.cache.ref ? [] : [{ path: "cache.ref", message: "is required by the registry backend", hint: "give a repository like registry.example.com/group/app/cache" }],
  findExisting: findRegistryPrevious,
  repository: (o) => o.cache.ref,
  pruneStore: (o) => registryStore(o.ref, o.registryAuth, "registry"),
  pruneRequires: (o) => o.ref ? [] : [{ path: "ref", message: `the ${o.backend} backend needs the cache repository`, hint: "pass --cache-ref HOST/REPO" }],
  recordStore: registryRecords,
  blobsAt: registryBlobs,
  plan({ options, keys, facts }) {
    const plan = emptyPlan("registry");
    const repository = options.cache.ref;
    const refs = registryRefs(repository, keys);
    plan.reads = withPreviousGenerations(refs.read, previousRef, facts.previousCaches);
    plan.writes = refs.write;
    plan.notes.push(...refs.notes);
    plan.cacheFrom = plan.reads.map((ref) => cacheEntry({ type: "registry", ref }));
    if (refs.write) {
      plan.cacheTo = [
        cacheEntry({
          type: "registry",
          ref: refs.write,
          mode: options.cache.mode,
          // ECR and other OCI-only registries need an image manifest with OCI media types.
          "image-manifest": facts.imageManifest ? true : void 0,
          "oci-mediatypes": facts.imageManifest ? true : void 0,
          ...exportErrorPolicy(options.cache.strict)
        })
      ];
    }
    return plan;
  },
  async prepare({ options, facts }, plan) {
    if (plan.writes === void 0 || !plan.reads.includes(plan.writes)) return;
    const { client, repository, reference } = registryClientFor(plan.writes, facts.credentials ?? options.registryAuth, requestTimeoutFor(options.cache.timeout));
    const previous = await client.getManifest(repository, reference).catch(() => void 0);
    if (previous?.raw !== void 0 && previous.mediaType !== void 0) previousManifests.set(plan, { raw: previous.raw, mediaType: previous.mediaType });
  },
  async commit({ options, facts }, plan, outcome) {
    if (!outcome.buildSucceeded || outcome.exported === false || plan.writes === void 0) return { warnings: [], notes: [] };
    if (outcome.readsDropped) return rewritePrevious(plan.writes, options, facts.credentials ?? options.registryAuth, "the cache it replaced references lost content");
    const previous = previousManifests.get(plan);
    if (previous === void 0) return { warnings: [], notes: [] };
    const target = outcome.allStepsCached ? plan.writes : previousRef(plan.writes);
    const { client, repository, reference } = registryClientFor(target, facts.credentials ?? options.registryAuth, requestTimeoutFor(options.cache.timeout));
    const answer = await client.putManifest(repository, reference, previous.mediaType, previous.raw).catch(() => ({ status: "unreachable" }));
    if (!outcome.allStepsCached) {
      if (answer.status === "ok") return { warnings: [], notes: [] };
      if (answer.status === "error") return rewritePrevious(plan.writes, options, facts.credentials ?? options.registryAuth, "the registry refused the replaced cache");
      return { warnings: [], notes: [`[registry] could not keep the previous cache generation at ${target} (${answer.status})`] };
    }
    if (answer.status !== "ok") {
      return { warnings: [`[registry] could not put the previous cache back at ${target} (${answer.status}); the new export stays there`], notes: [] };
    }
    return { warnings: [], notes: [`[registry] every step came from the cache, so ${target} keeps the cache it had (a re-export of a fully cached build can leave out earlier stages)`] };
  }
};
async function rewritePrevious(write, options, logins, why) {
  const bound = requestTimeoutFor(options.cache.timeout);
  const target = previousRef(write);
  const prev = registryClientFor(target, logins, bound);
  const exists = await prev.client.manifestExists(prev.repository, prev.reference).catch(() => ({ status: "unreachable" }));
  if (exists.status === "not-found") return { warnings: [], notes: [] };
  const fresh = registryClientFor(write, logins, bound);
  const manifest = await fresh.client.getManifest(fresh.repository, fresh.reference).catch(() => void 0);
  const answer = manifest?.raw !== void 0 && manifest.mediaType !== void 0 ? await prev.client.putManifest(prev.repository, prev.reference, manifest.mediaType, manifest.raw).catch(() => ({ status: "unreachable" })) : { status: manifest?.answer.status ?? "unreachable" };
  if (answer.status === "ok") return { warnings: [], notes: [`[registry] ${why}, so the previous generation ${target} now holds the new cache too`] };
  return { warnings: [`[registry] ${why}, and the previous generation ${target} could not be rewritten (${answer.status}); it may name lost content until the next partly cached build`], notes: [] };
}

// ../sdk/src/backends/s3/backend.ts
init_esm_shims();

// ../sdk/src/prune/s3-store.ts
init_esm_shims();

// ../../node_modules/.pnpm/aws4fetch@1.0.20/node_modules/aws4fetch/dist/aws4fetch.esm.mjs
init_esm_shims();
var encoder = new TextEncoder();
var HOST_SERVICES = {
  appstream2: "appstream",
  cloudhsmv2: "cloudhsm",
  email: "ses",
  marketplace: "aws-marketplace",
  mobile: "AWSMobileHubService",
  pinpoint: "mobiletargeting",
  queue: "sqs",
  "git-codecommit": "codecommit",
  "mturk-requester-sandbox": "mturk-requester",
  "personalize-runtime": "personalize"
};
var UNSIGNABLE_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "content-type",
  "content-length",
  "user-agent",
  "presigned-expires",
  "expect",
  "x-amzn-trace-id",
  "range",
  "connection"
]);
var AwsClient = class {
  constructor({ accessKeyId, secretAccessKey, sessionToken, service, region, cache, retries, initRetryMs }) {
    if (accessKeyId == null) throw new TypeError("accessKeyId is a required option");
    if (secretAccessKey == null) throw new TypeError("secretAccessKey is a required option");
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.sessionToken = sessionToken;
    this.service = service;
    this.region = region;
    this.cache = cache || /* @__PURE__ */ new Map();
    this.retries = retries != null ? retries : 10;
    this.initRetryMs = initRetryMs || 50;
  }
  async sign(input, init) {
    if (input instanceof Request) {
      const { method, url, headers, body } = input;
      init = Object.assign({ method, url, headers }, init);
      if (init.body == null && headers.has("Content-Type")) {
        init.body = body != null && headers.has("X-Amz-Content-Sha256") ? body : await input.clone().arrayBuffer();
      }
      input = url;
    }
    const signer = new AwsV4Signer(Object.assign({ url: input.toString() }, init, this, init && init.aws));
    const signed = Object.assign({}, init, await signer.sign());
    delete signed.aws;
    try {
      return new Request(signed.url.toString(), signed);
    } catch (e) {
      if (e instanceof TypeError) {
        return new Request(signed.url.toString(), Object.assign({ duplex: "half" }, signed));
      }
      throw e;
    }
  }
  async fetch(input, init) {
    for (let i = 0; i <= this.retries; i++) {
      const fetched = fetch(await this.sign(input, init));
      if (i === this.retries) {
        return fetched;
      }
      const res = await fetched;
      if (res.status < 500 && res.status !== 429) {
        return res;
      }
      await new Promise((resolve3) => setTimeout(resolve3, Math.random() * this.initRetryMs * Math.pow(2, i)));
    }
    throw new Error("An unknown error occurred, ensure retries is not negative");
  }
};
var AwsV4Signer = class {
  constructor({ method, url, headers, body, accessKeyId, secretAccessKey, sessionToken, service, region, cache, datetime, signQuery, appendSessionToken, allHeaders, singleEncode }) {
    if (url == null) throw new TypeError("url is a required option");
    if (accessKeyId == null) throw new TypeError("accessKeyId is a required option");
    if (secretAccessKey == null) throw new TypeError("secretAccessKey is a required option");
    this.method = method || (body ? "POST" : "GET");
    this.url = new URL(url);
    this.headers = new Headers(headers || {});
    this.body = body;
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.sessionToken = sessionToken;
    let guessedService, guessedRegion;
    if (!service || !region) {
      [guessedService, guessedRegion] = guessServiceRegion(this.url, this.headers);
    }
    this.service = service || guessedService || "";
    this.region = region || guessedRegion || "us-east-1";
    this.cache = cache || /* @__PURE__ */ new Map();
    this.datetime = datetime || (/* @__PURE__ */ new Date()).toISOString().replace(/[:-]|\.\d{3}/g, "");
    this.signQuery = signQuery;
    this.appendSessionToken = appendSessionToken || this.service === "iotdevicegateway";
    this.headers.delete("Host");
    if (this.service === "s3" && !this.signQuery && !this.headers.has("X-Amz-Content-Sha256")) {
      this.headers.set("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD");
    }
    const params = this.signQuery ? this.url.searchParams : this.headers;
    params.set("X-Amz-Date", this.datetime);
    if (this.sessionToken && !this.appendSessionToken) {
      params.set("X-Amz-Security-Token", this.sessionToken);
    }
    this.signableHeaders = ["host", ...this.headers.keys()].filter((header) => allHeaders || !UNSIGNABLE_HEADERS.has(header)).sort();
    this.signedHeaders = this.signableHeaders.join(";");
    this.canonicalHeaders = this.signableHeaders.map((header) => header + ":" + (header === "host" ? this.url.host : (this.headers.get(header) || "").replace(/\s+/g, " "))).join("\n");
    this.credentialString = [this.datetime.slice(0, 8), this.region, this.service, "aws4_request"].join("/");
    if (this.signQuery) {
      if (this.service === "s3" && !params.has("X-Amz-Expires")) {
        params.set("X-Amz-Expires", "86400");
      }
      params.set("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
      params.set("X-Amz-Credential", this.accessKeyId + "/" + this.credentialString);
      params.set("X-Amz-SignedHeaders", this.signedHeaders);
    }
    if (this.service === "s3") {
      try {
        this.encodedPath = decodeURIComponent(this.url.pathname.replace(/\+/g, " "));
      } catch (e) {
        this.encodedPath = this.url.pathname;
      }
    } else {
      this.encodedPath = this.url.pathname.replace(/\/+/g, "/");
    }
    if (!singleEncode) {
      this.encodedPath = encodeURIComponent(this.encodedPath).replace(/%2F/g, "/");
    }
    this.encodedPath = encodeRfc3986(this.encodedPath);
    const seenKeys = /* @__PURE__ */ new Set();
    this.encodedSearch = [...this.url.searchParams].filter(([k]) => {
      if (!k) return false;
      if (this.service === "s3") {
        if (seenKeys.has(k)) return false;
        seenKeys.add(k);
      }
      return true;
    }).map((pair) => pair.map((p) => encodeRfc3986(encodeURIComponent(p)))).sort(([k1, v1], [k2, v2]) => k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0).map((pair) => pair.join("=")).join("&");
  }
  async sign() {
    if (this.signQuery) {
      this.url.searchParams.set("X-Amz-Signature", await this.signature());
      if (this.sessionToken && this.appendSessionToken) {
        this.url.searchParams.set("X-Amz-Security-Token", this.sessionToken);
      }
    } else {
      this.headers.set("Authorization", await this.authHeader());
    }
    return {
      method: this.method,
      url: this.url,
      headers: this.headers,
      body: this.body
    };
  }
  async authHeader() {
    return [
      "AWS4-HMAC-SHA256 Credential=" + this.accessKeyId + "/" + this.credentialString,
      "SignedHeaders=" + this.signedHeaders,
      "Signature=" + await this.signature()
    ].join(", ");
  }
  async signature() {
    const date = this.datetime.slice(0, 8);
    const cacheKey = [this.secretAccessKey, date, this.region, this.service].join();
    let kCredentials = this.cache.get(cacheKey);
    if (!kCredentials) {
      const kDate = await hmac("AWS4" + this.secretAccessKey, date);
      const kRegion = await hmac(kDate, this.region);
      const kService = await hmac(kRegion, this.service);
      kCredentials = await hmac(kService, "aws4_request");
      this.cache.set(cacheKey, kCredentials);
    }
    return buf2hex(await hmac(kCredentials, await this.stringToSign()));
  }
  async stringToSign() {
    return [
      "AWS4-HMAC-SHA256",
      this.datetime,
      this.credentialString,
      buf2hex(await hash(await this.canonicalString()))
    ].join("\n");
  }
  async canonicalString() {
    return [
      this.method.toUpperCase(),
      this.encodedPath,
      this.encodedSearch,
      this.canonicalHeaders + "\n",
      this.signedHeaders,
      await this.hexBodyHash()
    ].join("\n");
  }
  async hexBodyHash() {
    let hashHeader = this.headers.get("X-Amz-Content-Sha256") || (this.service === "s3" && this.signQuery ? "UNSIGNED-PAYLOAD" : null);
    if (hashHeader == null) {
      if (this.body && typeof this.body !== "string" && !("byteLength" in this.body)) {
        throw new Error("body must be a string, ArrayBuffer or ArrayBufferView, unless you include the X-Amz-Content-Sha256 header");
      }
      hashHeader = buf2hex(await hash(this.body || ""));
    }
    return hashHeader;
  }
};
async function hmac(key, string) {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    typeof key === "string" ? encoder.encode(key) : key,
    { name: "HMAC", hash: { name: "SHA-256" } },
    false,
    ["sign"]
  );
  return crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(string));
}
async function hash(content) {
  return crypto.subtle.digest("SHA-256", typeof content === "string" ? encoder.encode(content) : content);
}
var HEX_CHARS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"];
function buf2hex(arrayBuffer) {
  const buffer = new Uint8Array(arrayBuffer);
  let out = "";
  for (let idx = 0; idx < buffer.length; idx++) {
    const n = buffer[idx];
    out += HEX_CHARS[n >>> 4 & 15];
    out += HEX_CHARS[n & 15];
  }
  return out;
}
function encodeRfc3986(urlEncodedStr) {
  return urlEncodedStr.replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
function guessServiceRegion(url, headers) {
  const { hostname, pathname } = url;
  if (hostname.endsWith(".on.aws")) {
    const match2 = hostname.match(/^[^.]{1,63}\.lambda-url\.([^.]{1,63})\.on\.aws$/);
    return match2 != null ? ["lambda", match2[1] || ""] : ["", ""];
  }
  if (hostname.endsWith(".r2.cloudflarestorage.com")) {
    return ["s3", "auto"];
  }
  if (hostname.endsWith(".backblazeb2.com")) {
    const match2 = hostname.match(/^(?:[^.]{1,63}\.)?s3\.([^.]{1,63})\.backblazeb2\.com$/);
    return match2 != null ? ["s3", match2[1] || ""] : ["", ""];
  }
  const match = hostname.replace("dualstack.", "").match(/([^.]{1,63})\.(?:([^.]{0,63})\.)?amazonaws\.com(?:\.cn)?$/);
  let service = match && match[1] || "";
  let region = match && match[2];
  if (region === "us-gov") {
    region = "us-gov-west-1";
  } else if (region === "s3" || region === "s3-accelerate") {
    region = "us-east-1";
    service = "s3";
  } else if (service === "iot") {
    if (hostname.startsWith("iot.")) {
      service = "execute-api";
    } else if (hostname.startsWith("data.jobs.iot.")) {
      service = "iot-jobs-data";
    } else {
      service = pathname === "/mqtt" ? "iotdevicegateway" : "iotdata";
    }
  } else if (service === "autoscaling") {
    const targetPrefix = (headers.get("X-Amz-Target") || "").split(".")[0];
    if (targetPrefix === "AnyScaleFrontendService") {
      service = "application-autoscaling";
    } else if (targetPrefix === "AnyScaleScalingPlannerFrontendService") {
      service = "autoscaling-plans";
    }
  } else if (region == null && service.startsWith("s3-")) {
    region = service.slice(3).replace(/^fips-|^external-1/, "");
    service = "s3";
  } else if (service.endsWith("-fips")) {
    service = service.slice(0, -5);
  } else if (region && /-\d$/.test(service) && !/-\d$/.test(region)) {
    [service, region] = [region, service];
  }
  return [HOST_SERVICES[service] || service, region || ""];
}

// ../sdk/src/prune/s3-store.ts
function s3Store(h, freshMs, now) {
  const client = new AwsClient({ accessKeyId: h.accessKeyId, secretAccessKey: h.secretAccessKey, sessionToken: h.sessionToken, service: "s3", region: h.region });
  const endpoint = (h.endpointUrl ?? `https://s3.${h.region}.amazonaws.com`).replace(/\/+$/, "");
  const bucketUrl = h.usePathStyle ? `${endpoint}/${h.bucket}` : endpoint.replace("://", `://${h.bucket}.`);
  const manifestsPrefix = `${h.prefix}manifests/`;
  const blobsPrefix = `${h.prefix}blobs/`;
  const mountsPrefix = (slug) => `${h.prefix}mounts/${slug}/`;
  const location = `s3://${h.bucket}/${h.prefix}`;
  const objectUrl = (key) => `${bucketUrl}/${key.split("/").map(encodeURIComponent).join("/")}`;
  async function list(prefix) {
    const objects = [];
    let token;
    do {
      const query = new URLSearchParams({ "list-type": "2", prefix, ...token ? { "continuation-token": token } : {} });
      const res = await client.fetch(`${bucketUrl}?${query}`).catch((e) => e);
      if (res instanceof Error || !res.ok) {
        const detail = res instanceof Error ? res.message : `HTTP ${res.status} ${xmlValue(await res.text(), "Code") ?? ""}`.trim();
        throw new BackendError("s3", `cannot list ${location} (${detail}); check the s3 settings and credentials builds use`);
      }
      const xml = await res.text();
      for (const block of xml.match(/<Contents>[\s\S]*?<\/Contents>/g) ?? []) {
        objects.push({ key: unescapeXml(xmlValue(block, "Key") ?? ""), size: Number(xmlValue(block, "Size") ?? 0), lastModified: new Date(xmlValue(block, "LastModified") ?? 0) });
      }
      token = xmlValue(xml, "IsTruncated") === "true" ? unescapeXml(xmlValue(xml, "NextContinuationToken") ?? "") || void 0 : void 0;
    } while (token);
    return objects;
  }
  async function manifestBlobs(key) {
    const res = await client.fetch(objectUrl(key)).catch(() => void 0);
    if (!res?.ok) return [];
    const config = await res.json().catch(() => ({}));
    return (config.layers ?? []).map((l) => l.blob).filter((b) => typeof b === "string");
  }
  async function entries(blobSizes) {
    const found2 = [];
    for (const m of await list(manifestsPrefix)) {
      const slug = m.key.slice(manifestsPrefix.length);
      if (parseCacheTag(slug)?.kind !== "cache") continue;
      const blobs = /* @__PURE__ */ new Map([[`manifest:${m.key}`, m.size]]);
      for (const digest of await manifestBlobs(m.key)) blobs.set(digest, blobSizes.get(digest) ?? 0);
      for (const archive of await list(mountsPrefix(slug))) blobs.set(`mount:${archive.key}`, archive.size);
      found2.push({ slug, items: [`s3://${h.bucket}/${m.key}`], blobs, lastWrite: m.lastModified });
    }
    return found2;
  }
  return {
    async inventory() {
      const blobSizes = new Map((await list(blobsPrefix)).map((b) => [b.key.slice(blobsPrefix.length), b.size]));
      return { location, entries: await entries(blobSizes), notes: [] };
    },
    async remove(remove) {
      const removed = [];
      const warnings = [];
      for (const entry of remove) {
        const key = entry.items[0].slice(`s3://${h.bucket}/`.length);
        const res = await client.fetch(objectUrl(key), { method: "DELETE" }).catch((e) => e);
        if (res instanceof Error || !res.ok) warnings.push(`[s3] could not delete ${entry.items[0]} (${res instanceof Error ? res.message : `HTTP ${res.status}`})`);
        else removed.push(entry.items[0]);
        for (const archive of await list(mountsPrefix(entry.slug)).catch(() => [])) {
          const gone = await client.fetch(objectUrl(archive.key), { method: "DELETE" }).catch((e) => e);
          if (gone instanceof Error || !gone.ok) warnings.push(`[harness] could not delete ${archive.key}`);
          else removed.push(`s3://${h.bucket}/${archive.key}`);
        }
      }
      const blobObjects = await list(blobsPrefix);
      const referenced = new Set((await entries(/* @__PURE__ */ new Map())).flatMap((e) => [...e.blobs.keys()]));
      const candidates2 = new Set(remove.flatMap((e) => [...e.blobs.keys()]).filter((id) => !id.startsWith("manifest:")));
      for (const blob of blobObjects) {
        const digest = blob.key.slice(blobsPrefix.length);
        if (!candidates2.has(digest) || referenced.has(digest) || now() - blob.lastModified.getTime() < freshMs) continue;
        const res = await client.fetch(objectUrl(blob.key), { method: "DELETE" }).catch((e) => e);
        if (res instanceof Error || !res.ok) warnings.push(`[s3] could not delete blob ${blob.key}`);
        else removed.push(`s3://${h.bucket}/${blob.key}`);
      }
      return { removed, warnings };
    }
  };
}
function xmlValue(xml, tag) {
  return new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
}
function unescapeXml(text2) {
  return text2.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

// ../sdk/src/backends/s3/backend.ts
function s3Location(h) {
  return {
    type: "s3",
    endpoint_url: h.endpointUrl,
    bucket: h.bucket,
    region: h.region,
    prefix: h.prefix || void 0,
    use_path_style: h.usePathStyle ? true : void 0
  };
}
function s3CredentialEnv(h) {
  const env = { AWS_ACCESS_KEY_ID: h.accessKeyId, AWS_SECRET_ACCESS_KEY: h.secretAccessKey };
  if (h.sessionToken) env.AWS_SESSION_TOKEN = h.sessionToken;
  return env;
}
var s3Backend = {
  name: "s3",
  exporter: "s3",
  store: "bucket",
  pruneRequires: (o) => o.harness ? [] : [{ path: "harness", message: "the s3 backend needs the s3 settings", hint: "pass them in --config (cache.harness) as builds do" }],
  pruneStore: (o, { now }) => s3Store(o.harness, o.freshMinutes * 6e4, now),
  requires: (o) => o.cache.harness ? [] : [{ path: "cache.harness", message: "is required by the s3 backend", hint: "give bucket, region, endpointUrl and credentials" }],
  plan({ options, keys }) {
    const plan = emptyPlan("s3");
    const h = options.cache.harness;
    const where = (slug) => `s3://${h.bucket}/${h.prefix}${slug}`;
    plan.reads = keys.read.map(where);
    plan.cacheFrom = keys.read.map((name) => cacheEntry({ ...s3Location(h), name }));
    if (keys.write !== void 0) {
      plan.writes = where(keys.write);
      plan.cacheTo = [cacheEntry({ ...s3Location(h), name: keys.write, mode: options.cache.mode, ...exportErrorPolicy(options.cache.strict) })];
    }
    plan.secretEnv = s3CredentialEnv(h);
    return plan;
  }
};

// ../sdk/src/backends/index.ts
var backends = {
  inline: inlineBackend,
  registry: registryBackend,
  local: localBackend,
  s3: s3Backend,
  none: noneBackend
};
function chooseBackend(options, facts) {
  const requested = options.cache.backend;
  if (requested !== "auto") return { backend: backends[requested] };
  const can = (b) => b.exporter !== null && facts.exporters.has(b.exporter);
  const builder = facts.builderSummary ? ` (${facts.builderSummary})` : "";
  const skipped = [];
  if (options.cache.harness) {
    if (can(s3Backend)) return { backend: s3Backend, reason: "auto: managed S3 cache is configured and the builder exports s3" };
    skipped.push(`the builder cannot export s3 caches${builder}`);
  }
  if (options.cache.ref) {
    if (can(registryBackend)) return { backend: registryBackend, reason: "auto: registry (mode=max caches every stage)" + skippedNote(skipped) };
    skipped.push(`registry cache needs the containerd image store or a docker-container builder${builder}`);
  }
  if (options.cache.dir) {
    if (can(localBackend)) return { backend: localBackend, reason: "auto: local directory cache" + skippedNote(skipped) };
    skipped.push(`local cache needs the containerd image store or a docker-container builder${builder}`);
  }
  if ((options.cache.ref || options.tags.length > 0) && can(inlineBackend)) {
    return { backend: inlineBackend, reason: `auto: inline${skippedNote(skipped)}; falling back to inline` };
  }
  return { backend: noneBackend, reason: `auto: no usable cache location${skippedNote(skipped)}; set cache.ref (registry) or cache.dir (local)` };
}
function candidates(requested) {
  return requested === "auto" ? Object.values(backends) : [backends[requested]];
}
async function findExistingCaches(query) {
  const found2 = await Promise.all(candidates(query.cache.backend).map((b) => b.findExisting?.(query).catch(() => ({})) ?? {}));
  return {
    caches: new Set(found2.flatMap((f) => [...f.caches ?? []])),
    previous: new Set(found2.flatMap((f) => [...f.previous ?? []]))
  };
}
function backendRequirements(options) {
  const requested = options.cache.backend;
  return requested === "auto" ? [] : backends[requested].requires?.(options) ?? [];
}
async function cacheBlobs(plan, locations, options, cwd) {
  const backend = backends[plan.backend];
  if (locations.length === 0 || !backend.blobsAt) return void 0;
  const each = await Promise.all(locations.map((where) => backend.blobsAt(where, options, cwd).catch(() => void 0)));
  const found2 = each.filter((m) => m !== void 0);
  return found2.length === 0 ? void 0 : new Map(found2.flatMap((m) => [...m]));
}
function writtenLocation(plan, options, writeSlug) {
  if (plan.writes === void 0) return void 0;
  const backend = backends[plan.backend];
  return backend.writtenLocation && writeSlug !== void 0 ? backend.writtenLocation(plan, options, writeSlug) : plan.writes;
}
function mayUseDirectory(requested) {
  return requested === "auto" ? true : backends[requested]?.store === "directory";
}
function inRegistry(backend) {
  return backends[backend]?.store === "registry";
}
function skippedNote(skipped) {
  return skipped.length > 0 ? ` (${skipped.join("; ")})` : "";
}

// ../sdk/src/engine/target.ts
init_esm_shims();

// ../sdk/src/engine/endpoint.ts
init_esm_shims();
import { createHash as createHash4 } from "crypto";
import { existsSync, readFileSync as readFileSync2 } from "fs";
import path12 from "path";

// ../sdk/src/engine/docker-host.ts
init_esm_shims();
var SCHEMES = /* @__PURE__ */ new Set(["unix", "tcp", "ssh", "npipe", "fd"]);
function parseDockerHost(value, field) {
  const raw = value.trim();
  const cut = raw.indexOf("://");
  const scheme = cut < 0 ? "tcp" : raw.slice(0, cut);
  const rest = cut < 0 ? raw : raw.slice(cut + 3);
  const bad = (why) => {
    throw new ConfigError([
      {
        path: field,
        message: `"${raw}" is not a Docker endpoint: ${why}`,
        hint: "write unix:///var/run/docker.sock, tcp://HOST:2376 (TLS) or tcp://HOST:2375, or ssh://USER@HOST"
      }
    ]);
  };
  if (!SCHEMES.has(scheme)) bad(`docker does not speak ${scheme}:// (it knows ${[...SCHEMES].join(", ")})`);
  if (/\s/.test(rest)) bad("it contains whitespace");
  if (scheme === "tcp") {
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:/[\]@]*)(?::([^/]*))?(\/.*)?$/.exec(rest);
    if (!m || rest === "" || rest.includes("://")) bad("expected tcp://HOST:PORT");
    const port = m[2];
    if (port !== void 0 && port !== "" && !/^\d{1,5}$/.test(port)) bad(`port "${port}" is not a number`);
    if (port && Number(port) > 65535) bad(`port ${port} is out of range`);
    return { scheme, address: m[1] || "localhost" };
  }
  if (scheme === "ssh") {
    const m = /^(?:[^@/]+@)?(\[[0-9a-fA-F:.]+\]|[^:/@]+)(?::(\d{1,5}))?\/?$/.exec(rest);
    if (!m) bad("expected ssh://[USER@]HOST[:PORT]");
    return { scheme, address: m[1] };
  }
  return { scheme, address: rest };
}

// ../sdk/src/engine/endpoint.ts
var DEFAULT_SOCKET = "unix:///var/run/docker.sock";
var TLS_FILES = ["ca.pem", "cert.pem", "key.pem"];
function resolveEndpoint(request) {
  const { env } = request;
  const configDir = userDockerConfigDir(env);
  const flag = request.context?.trim() || void 0;
  const dockerHost = env.DOCKER_HOST?.trim() || void 0;
  const named = flag !== void 0 ? { name: flag, source: "the --context flag" } : dockerHost !== void 0 ? void 0 : env.DOCKER_CONTEXT?.trim() ? { name: env.DOCKER_CONTEXT.trim(), source: "DOCKER_CONTEXT" } : currentContext(configDir) ? { name: currentContext(configDir), source: "currentContext in config.json" } : void 0;
  const childEnv = flag !== void 0 ? { DOCKER_CONTEXT: flag, ...flag === "default" ? {} : { DOCKER_HOST: void 0 } } : {};
  if (named && named.name !== "default") return fromContext(named.name, named.source, configDir, childEnv);
  return fromDefaultContext(env, configDir, childEnv);
}
function fromDefaultContext(env, configDir, childEnv) {
  const raw = env.DOCKER_HOST?.trim() || void 0;
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  let tlsOn = verify || Boolean(env.DOCKER_TLS);
  let certDir = env.DOCKER_CERT_PATH || configDir;
  let certDirFrom = env.DOCKER_CERT_PATH ? "DOCKER_CERT_PATH" : "the docker config dir";
  const parsed2 = parseDockerHost(raw ?? DEFAULT_SOCKET, "DOCKER_HOST");
  const extra = {};
  const certdir = env.DOCKER_TLS_CERTDIR?.trim();
  if (parsed2.scheme === "tcp" && !env.DOCKER_TLS_VERIFY && !env.DOCKER_CERT_PATH && certdir && missingTlsFiles(path12.join(certdir, "client")).length === 0) {
    tlsOn = true;
    certDir = path12.join(certdir, "client");
    certDirFrom = "DOCKER_TLS_CERTDIR";
    Object.assign(extra, { DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: certDir });
  }
  const tls = tlsOn && parsed2.scheme === "tcp" ? {
    verify: verify || certDirFrom === "DOCKER_TLS_CERTDIR",
    certDir,
    certDirFrom,
    missing: missingTlsFiles(certDir)
  } : void 0;
  return {
    host: raw ?? DEFAULT_SOCKET,
    scheme: parsed2.scheme,
    context: "default",
    source: raw ? "DOCKER_HOST" : "the default socket",
    tls,
    childEnv: { ...childEnv, ...extra }
  };
}
function fromContext(name, source, configDir, childEnv) {
  const id = createHash4("sha256").update(name).digest("hex");
  const metaFile = path12.join(configDir, "contexts", "meta", id, "meta.json");
  const fix = `run "docker context ls" to see the contexts in ${configDir}; create it with "docker context create ${name} --docker host=\u2026", or name another`;
  const field = source === "the --context flag" ? "dockerContext" : source === "DOCKER_CONTEXT" ? "DOCKER_CONTEXT" : `${path12.join(configDir, "config.json")} currentContext`;
  let meta;
  try {
    meta = JSON.parse(readFileSync2(metaFile, "utf8"));
  } catch (error) {
    const absent = error.code === "ENOENT";
    throw new ConfigError([
      {
        path: field,
        message: `docker context "${name}" ${absent ? "does not exist" : `cannot be read (${metaFile}: ${error.message})`}`,
        hint: fix
      }
    ]);
  }
  const endpoint = meta.Endpoints?.docker;
  if (!endpoint?.Host)
    throw new ConfigError([
      { path: field, message: `docker context "${name}" has no docker endpoint (${metaFile})`, hint: fix }
    ]);
  const parsed2 = parseDockerHost(endpoint.Host, `docker context "${name}"`);
  const tlsDir = path12.join(configDir, "contexts", "tls", id, "docker");
  const missing = missingTlsFiles(tlsDir);
  const hasTls = missing.length < TLS_FILES.length || endpoint.SkipTLSVerify === true;
  const tls = parsed2.scheme === "tcp" && hasTls ? { verify: endpoint.SkipTLSVerify !== true, certDir: tlsDir, certDirFrom: `context "${name}"`, missing } : void 0;
  return { host: endpoint.Host, scheme: parsed2.scheme, context: name, source, tls, childEnv };
}
function currentContext(configDir) {
  try {
    const config = JSON.parse(readFileSync2(path12.join(configDir, "config.json"), "utf8"));
    return typeof config.currentContext === "string" && config.currentContext !== "" ? config.currentContext : void 0;
  } catch {
    return void 0;
  }
}
function missingTlsFiles(dir) {
  return TLS_FILES.filter((f) => !existsSync(path12.join(dir, f)));
}
function describeEndpoint(e) {
  const where = e.source === "DOCKER_HOST" ? `DOCKER_HOST=${e.host}` : e.source === "the default socket" ? `the default socket ${e.host}` : `${e.host} (docker context "${e.context}" from ${e.source})`;
  return `${where}, ${tlsState(e)}`;
}
function tlsState(e) {
  if (e.scheme === "ssh") return "over ssh";
  if (e.scheme !== "tcp") return "local socket";
  if (!e.tls) return "plain TCP without TLS";
  const files = e.tls.missing.length === 0 ? `certificates from ${e.tls.certDir} (${e.tls.certDirFrom})` : `${e.tls.missing.join(", ")} missing from ${e.tls.certDir} (${e.tls.certDirFrom})`;
  return `TLS${e.tls.verify ? " verified" : " without verification"}, ${files}`;
}
function withEndpointEnv(env, endpoint) {
  const out = { ...env };
  for (const [key, value] of Object.entries(endpoint.childEnv)) {
    if (value === void 0) delete out[key];
    else out[key] = value;
  }
  return out;
}

// ../sdk/src/engine/target.ts
function engineTarget(env, dockerContext, entryPoint) {
  if (env === void 0) {
    if (dockerContext)
      throw new ConfigError([
        {
          path: "runtime.env",
          message: "is required with dockerContext",
          hint: `call ${entryPoint}(options, { env: process.env })`
        }
      ]);
    return { env: void 0 };
  }
  const endpoint = resolveEndpoint({ env, context: dockerContext });
  return { endpoint, env: withEndpointEnv(env, endpoint) };
}

// ../sdk/src/keys/resolve.ts
init_esm_shims();

// ../sdk/src/keys/slug.ts
init_esm_shims();
var MAX_SLUG_LENGTH = 63;
function slugify(ref) {
  const slug = ref.toLowerCase().replace(/[^a-z0-9]/g, "-").slice(0, MAX_SLUG_LENGTH).replace(/^-+|-+$/g, "");
  return slug.length > 0 ? slug : `ref-${fnv1a(ref)}`;
}
function fnv1a(input) {
  let hash2 = 2166136261;
  for (const byte of new TextEncoder().encode(input)) {
    hash2 ^= byte;
    hash2 = Math.imul(hash2, 16777619) >>> 0;
  }
  return hash2.toString(16).padStart(8, "0");
}

// ../sdk/src/keys/resolve.ts
function resolveCacheKeys(keys, write) {
  const defaultSlug = slugify(keys.defaultBranch);
  const isPullRequest = keys.prId !== void 0 || keys.prTargetBranch !== void 0;
  if (isPullRequest) {
    const source = keys.prSourceBranch ?? keys.branch;
    const sourceSlug = source !== void 0 ? slugify(source) : void 0;
    const targetSlug = keys.prTargetBranch !== void 0 ? slugify(keys.prTargetBranch) : void 0;
    const read2 = unique([sourceSlug, targetSlug, defaultSlug]);
    if (write === "never") return { event: "pull-request", read: read2, write: void 0, writeReason: "write is never" };
    if (keys.fork) return { event: "pull-request", read: read2, write: void 0, writeReason: "pull requests from forks never write a cache" };
    if (sourceSlug === void 0) return { event: "pull-request", read: read2, write: void 0, writeReason: "the PR source branch is unknown" };
    if (sourceSlug === targetSlug || sourceSlug === defaultSlug) {
      return { event: "pull-request", read: read2, write: void 0, writeReason: `a pull request never writes its target or the default branch's cache (${sourceSlug})` };
    }
    return { event: "pull-request", read: read2, write: sourceSlug, writeReason: `pull request writes its source branch's cache only` };
  }
  if (keys.tag !== void 0 && keys.branch === void 0) {
    const tagSlug = slugify(keys.tag);
    const read2 = [defaultSlug];
    if (write === "always") return { event: "tag", read: unique([tagSlug, defaultSlug]), write: tagSlug, writeReason: "write is always: tag builds write their own tag cache" };
    return { event: "tag", read: read2, write: void 0, writeReason: write === "never" ? "write is never" : "tag builds read the default branch and do not write" };
  }
  const branchSlug = keys.branch !== void 0 ? slugify(keys.branch) : defaultSlug;
  const read = unique([branchSlug, defaultSlug]);
  if (write === "never") return { event: "branch", read, write: void 0, writeReason: "write is never" };
  return { event: "branch", read, write: branchSlug, writeReason: branchSlug === defaultSlug ? "default branch writes its own cache" : "branch writes its own cache" };
}
function unique(values) {
  return [...new Set(values.filter((v) => v !== void 0))];
}

// ../sdk/src/mounts/hooks.ts
init_esm_shims();
import { readFile as readFile7 } from "fs/promises";
import path18 from "path";

// ../sdk/src/options/check-files.ts
init_esm_shims();
import { stat as stat8 } from "fs/promises";
import path14 from "path";

// ../sdk/src/options/writable-path.ts
init_esm_shims();
import { randomBytes as randomBytes2 } from "crypto";
import { open, rm as rm5, stat as stat7 } from "fs/promises";
import path13 from "path";
async function writableProblem(target, kind) {
  const info = await statOrCode(target);
  if (typeof info !== "string") {
    if (kind === "file" && info.isDirectory()) return `${target} is a directory, not a file`;
    if (kind === "dir" && !info.isDirectory()) return `${target} is a file, not a directory`;
    return kind === "file" ? probeFile(target) : probeDir(target);
  }
  if (info !== "ENOENT" && info !== "ENOTDIR") return `${target} cannot be used (${info})`;
  for (let dir = path13.dirname(target); ; dir = path13.dirname(dir)) {
    const parent = await statOrCode(dir);
    if (typeof parent !== "string") {
      if (!parent.isDirectory()) return `${target} lies under ${dir}, which is a file`;
      return probeDir(dir);
    }
    if (parent !== "ENOENT" && parent !== "ENOTDIR") return `${dir} cannot be used (${parent})`;
    if (path13.dirname(dir) === dir) return `no directory of ${target} exists`;
  }
}
async function statOrCode(p) {
  return stat7(p).catch((error) => error.code ?? "EUNKNOWN");
}
async function probeFile(file) {
  try {
    await (await open(file, "a")).close();
    return void 0;
  } catch (error) {
    return `${file} is not writable (${error.code ?? error.message})`;
  }
}
async function probeDir(dir) {
  const probe = path13.join(dir, `.layercache-probe-${process.pid}-${randomBytes2(4).toString("hex")}`);
  try {
    await (await open(probe, "wx")).close();
    await rm5(probe, { force: true });
    return void 0;
  } catch (error) {
    return `${dir} is not writable (${error.code ?? error.message})`;
  }
}

// ../sdk/src/options/check-files.ts
function dockerfilePath(o) {
  return o.dockerfile ?? path14.join(o.context, "Dockerfile");
}
async function fileIssues(o, cwd) {
  const issues = [];
  const context = path14.resolve(cwd, o.context);
  const contextStat = await stat8(context).catch(() => void 0);
  if (!contextStat) issues.push({ path: "context", message: `directory ${o.context} does not exist`, hint: "pass the directory holding your sources" });
  else if (!contextStat.isDirectory()) issues.push({ path: "context", message: `${o.context} is not a directory`, hint: "pass the directory holding your sources" });
  const dockerfile = path14.resolve(cwd, dockerfilePath(o));
  const fileStat = await stat8(dockerfile).catch(() => void 0);
  if (!fileStat?.isFile()) issues.push({ path: "dockerfile", message: `${dockerfilePath(o)} does not exist`, hint: "pass --file, or add a Dockerfile to the context" });
  for (const [i, s] of o.secrets.entries()) {
    if (s.src && !await stat8(path14.resolve(cwd, s.src)).catch(() => void 0)) {
      issues.push({ path: `secrets.${i}.src`, message: `file ${s.src} does not exist`, hint: "point src at the file holding the secret" });
    }
  }
  issues.push(...await cacheDirIssues(o.cache, cwd));
  return issues;
}
async function cacheDirIssues(cache, cwd) {
  if (!cache.dir || !mayUseDirectory(cache.backend)) return [];
  const problem = await writableProblem(path14.resolve(cwd, cache.dir), "dir");
  return problem ? [{ path: "cache.dir", message: `cannot hold the local cache: ${problem}`, hint: "give a writable directory (it is created if missing), outside read-only mounts" }] : [];
}

// ../sdk/src/mounts/explain.ts
init_esm_shims();

// ../sdk/src/report/bytes.ts
init_esm_shims();
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

// ../sdk/src/mounts/explain.ts
function mountLine(r, phase) {
  const seconds2 = (ms) => ms === void 0 ? "" : ` in ${(ms / 1e3).toFixed(1)} s`;
  if (phase === "restore") {
    const x = r.restore;
    if (x.status === "restored") return `cache mount ${r.id}: restored ${formatBytes(x.bytes ?? 0)} from ${x.from}${seconds2(x.ms)}`;
    if (x.status === "warm") return `cache mount ${r.id}: already warm in the builder (kept; ${x.from} not applied)`;
    if (x.status === "missing") return `cache mount ${r.id}: no saved contents yet (cold)`;
    return `cache mount ${r.id}: ${x.status}${x.message ? ` (${x.message})` : ""}`;
  }
  const s = r.save;
  if (!s) return `cache mount ${r.id}: not saved`;
  if (s.status === "saved") return `cache mount ${r.id}: saved ${formatBytes(s.bytes ?? 0)} to ${s.to}${seconds2(s.ms)}`;
  if (s.status === "unchanged") return `cache mount ${r.id}: unchanged, not saved again`;
  return `cache mount ${r.id}: ${s.status}${s.message ? ` (${s.message})` : ""}`;
}
function mountSummary(r) {
  const restore = mountLine(r, "restore").slice(`cache mount ${r.id}: `.length);
  const save = r.save ? mountLine(r, "save").slice(`cache mount ${r.id}: `.length) : void 0;
  return save ? `${restore}; ${save}` : restore;
}
function explainWarmMount(report, mounts) {
  const rebuilt = report.steps.filter((s) => !s.cached && /\bRUN\b/.test(s.name)).map((s) => s.name);
  const uses = (step, m) => step.includes(`target=${m.target}`) || step.includes(`id=${m.id}`);
  const used = mounts.filter((m) => rebuilt.some((step) => uses(step, m)));
  if (used.length === 0) return;
  const parts = used.map((m) => {
    if (m.restore.status === "restored") return `cache mount ${m.id} was warm (restored ${formatBytes(m.restore.contentBytes ?? 0)} from ${m.restore.from})`;
    if (m.restore.status === "warm") return `cache mount ${m.id} was warm (the builder kept it)`;
    return `cache mount ${m.id} was cold (${m.restore.status === "missing" ? "nothing saved yet" : m.restore.status})`;
  });
  const sentence = `The rebuilt RUN step's ${parts.join("; ")}.`;
  report.missReason = report.missReason ? { ...report.missReason, message: `${report.missReason.message} ${sentence}` } : { kind: "unknown", message: sentence };
}

// ../sdk/src/mounts/persist.ts
init_esm_shims();
import { randomBytes as randomBytes3 } from "crypto";
import { mkdir as mkdir5, readFile as readFile6, rm as rm7, writeFile as writeFile4 } from "fs/promises";
import path17 from "path";
import { promisify } from "util";
import { gunzip as gunzipCb, gzip as gzipCb } from "zlib";

// ../sdk/src/dockerfile/model.ts
init_esm_shims();
var import_dockerfile_ast = __toESM(require_main(), 1);

// ../sdk/src/dockerfile/shell.ts
init_esm_shims();
var SEPARATORS = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "&", "\n", "(", ")", "{", "}", "then", "do", "else"]);
var PREFIXES = /* @__PURE__ */ new Set(["sudo", "env", "exec", "time", "nice", "command", "xargs"]);
function tokenize(script) {
  const tokens = [];
  let word = "";
  let inWord = false;
  const flush = () => {
    if (inWord) tokens.push(word);
    word = "";
    inWord = false;
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    const next = script[i + 1];
    if (c === "'" || c === '"') {
      const end = script.indexOf(c, i + 1);
      const stop = end === -1 ? script.length : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop;
    } else if (c === "\\" && next !== void 0) {
      if (next !== "\n") {
        word += next;
        inWord = true;
      }
      i++;
    } else if (c === "#" && !inWord) {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end - 1;
    } else if (c === "\n" || c === ";" || c === "(" || c === ")") {
      flush();
      tokens.push(c);
    } else if ((c === "&" || c === "|") && next === c) {
      flush();
      tokens.push(c + c);
      i++;
    } else if (c === "&" || c === "|") {
      flush();
      tokens.push(c);
    } else if (c === " " || c === "	" || c === "\r") {
      flush();
    } else {
      word += c;
      inWord = true;
    }
  }
  flush();
  return tokens;
}
function simpleCommands(script) {
  const commands = [];
  let current = [];
  const end = () => {
    const words = stripPrefixes(current);
    if (words.length > 0) commands.push(words);
    current = [];
  };
  for (const token of tokenize(script)) {
    if (SEPARATORS.has(token)) end();
    else current.push(token);
  }
  end();
  return commands;
}
function stripPrefixes(words) {
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i++;
    else if (PREFIXES.has(w)) {
      i++;
      while (i < words.length && words[i].startsWith("-")) i++;
    } else break;
  }
  return words.slice(i);
}

// ../sdk/src/dockerfile/model.ts
function parseDockerfile(text2) {
  const dockerfile = import_dockerfile_ast.DockerfileParser.parse(text2);
  const globalArgs = [];
  const stages = [];
  const globals = /* @__PURE__ */ new Map();
  for (const instruction of dockerfile.getInstructions()) {
    const step = toStep(instruction);
    if (step.keyword === "FROM") {
      const from = instruction;
      const image = from.getImage();
      const resolvedImage = image === null ? null : expand(image, globals);
      const parentName = resolvedImage?.toLowerCase();
      const parent = stages.find((s) => s.name !== null && s.name === parentName)?.index ?? null;
      stages.push({
        index: stages.length,
        name: from.getBuildStage()?.toLowerCase() ?? null,
        from: step,
        image,
        resolvedImage,
        parent,
        steps: []
      });
    } else if (stages.length === 0) {
      if (step.keyword === "ARG") {
        globalArgs.push(step);
        for (const p of step.properties) globals.set(p.name, p.value === null ? null : expand(p.value, globals));
      }
    } else {
      stages[stages.length - 1].steps.push(step);
    }
  }
  return { globalArgs, stages };
}
function toStep(instruction) {
  const keyword = instruction.getKeyword().toUpperCase();
  const flags = "getFlags" in instruction ? instruction.getFlags() : [];
  const args = argumentsOf(instruction);
  const step = {
    keyword,
    line: instruction.getRange().start.line + 1,
    text: `${keyword} ${instruction.getRawArgumentsContent() ?? ""}`.replace(/\s+/g, " ").trim(),
    args,
    flags: flags.map((f) => ({
      name: f.getName(),
      value: f.getValue(),
      options: Object.fromEntries(f.getOptions().map((o) => [o.getName(), o.getValue()]))
    })),
    variables: instruction.getVariables().map((v) => v.getName()),
    properties: [],
    commands: []
  };
  if (keyword === "ARG" || keyword === "ENV") {
    step.properties = instruction.getProperties().map((p) => ({ name: p.getName(), value: p.getValue() }));
    if (keyword === "ARG") {
      const known = new Set(step.properties.map((p) => p.name));
      for (const arg of args) {
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(arg) && !known.has(arg)) step.properties.push({ name: arg, value: null });
      }
    }
  }
  if (keyword === "RUN") step.commands = runCommands(instruction, args);
  return step;
}
function argumentsOf(instruction) {
  const json = "getOpeningBracket" in instruction ? instruction.getOpeningBracket() : null;
  if (json) {
    try {
      const parsed2 = JSON.parse(instruction.getArgumentsContent() ?? "");
      if (Array.isArray(parsed2) && parsed2.every((a) => typeof a === "string")) return parsed2;
    } catch {
    }
  }
  return instruction.getArguments().map((a) => a.getValue());
}
function runCommands(instruction, args) {
  const isExec = "getOpeningBracket" in instruction && instruction.getOpeningBracket() !== null;
  if (!isExec) return simpleCommands(instruction.getArgumentsContent() ?? "");
  const [shell, flag, script] = args;
  if (shell && /(^|\/)(ba|da|a)?sh$/.test(shell) && flag === "-c" && script !== void 0) return simpleCommands(script);
  return args.length > 0 ? [args] : [];
}
function expand(text2, values) {
  let unresolved = false;
  const out = text2.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced2, op, word, bare) => {
      const name = braced2 ?? bare;
      const value = values.get(name);
      const set = value !== void 0 && value !== null && value !== "";
      if (op === "-") return set ? value : word ?? "";
      if (op === "+") return set ? word ?? "" : "";
      if (!set) unresolved = true;
      return value ?? "";
    }
  );
  return unresolved ? null : out;
}

// ../sdk/src/mounts/archive.ts
init_esm_shims();
import { createHash as createHash5 } from "crypto";
var BLOCK = 512;
function inspectArchive(tar) {
  const hash2 = createHash5("sha256");
  let entries = 0;
  let offset = 0;
  let longName;
  let paxPath;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size2 = octal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size2);
    offset += BLOCK + Math.ceil(size2 / BLOCK) * BLOCK;
    if (type === "L") {
      longName = text(body);
      continue;
    }
    if (type === "x") {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString("utf8"))?.[1];
      continue;
    }
    if (type === "g") continue;
    const prefix = text(header.subarray(345, 500));
    const name = paxPath ?? longName ?? (prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)));
    longName = paxPath = void 0;
    const normalized = name.replace(/^\.\/?/, "").replace(/\/$/, "");
    const fields = [normalized, type, octal(header.subarray(100, 108)) & 4095, octal(header.subarray(108, 116)), octal(header.subarray(116, 124)), text(header.subarray(157, 257))];
    hash2.update(`${JSON.stringify(fields)}
`);
    hash2.update(body);
    if (normalized !== "") entries += 1;
  }
  return { digest: `sha256:${hash2.digest("hex")}`, entries };
}
function text(bytes) {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString("utf8");
}
function octal(bytes) {
  if (bytes[0] & 128) return bytes.subarray(1).reduce((n, b) => n * 256 + b, bytes[0] & 127);
  const digits = text(bytes).trim();
  return digits === "" ? 0 : parseInt(digits, 8);
}

// ../sdk/src/mounts/discover.ts
init_esm_shims();
var SHARING = /* @__PURE__ */ new Set(["shared", "private", "locked"]);
function discoverCacheMounts(model, options = {}) {
  const mounts = /* @__PURE__ */ new Map();
  const skipped = [];
  const globals = globalValues(model, options.buildArgs ?? {});
  for (const index of [...builtStages(model, options.target)].sort((a, b) => a - b)) {
    const stage = model.stages[index];
    const values = /* @__PURE__ */ new Map();
    for (const step of stage.steps) {
      if (step.keyword === "ARG" || step.keyword === "ENV") {
        for (const p of step.properties) values.set(p.name, declared(step.keyword, p, values, globals, options.buildArgs ?? {}));
        continue;
      }
      if (step.keyword !== "RUN") continue;
      for (const flag of step.flags) {
        if (flag.name !== "mount" || flag.options.type !== "cache") continue;
        const raw = (name) => flag.options[name] ?? void 0;
        const written = raw("target") ?? raw("dst") ?? raw("destination");
        const expanded = /* @__PURE__ */ new Map();
        let unresolved;
        for (const name of ["id", "target", "sharing", "from", "source", "src", "mode", "uid", "gid"]) {
          const value = name === "target" ? written : raw(name);
          if (value === void 0) continue;
          const out = value.includes("$") ? expand(value, values) : value;
          if (out === null) unresolved ??= `${name}=${value}`;
          expanded.set(name, out ?? void 0);
        }
        const target = expanded.get("target");
        const label = raw("id") ?? written ?? flag.value ?? "type=cache";
        if (unresolved) {
          skipped.push({ mount: label, line: step.line, reason: `${unresolved} uses a variable without a known value` });
          continue;
        }
        if (!target) {
          skipped.push({ mount: label, line: step.line, reason: "it has no target" });
          continue;
        }
        const sharing = expanded.get("sharing") ?? "shared";
        if (!SHARING.has(sharing)) {
          skipped.push({ mount: label, line: step.line, reason: `sharing=${sharing} is not shared, private or locked` });
          continue;
        }
        const id = expanded.get("id") || target;
        if (mounts.has(id)) continue;
        const source = expanded.get("source") ?? expanded.get("src");
        mounts.set(id, {
          id,
          target,
          sharing,
          ...optional("from", expanded.get("from")),
          ...optional("source", source),
          ...optional("mode", expanded.get("mode")),
          ...optional("uid", expanded.get("uid")),
          ...optional("gid", expanded.get("gid")),
          stage: stage.name ?? String(stage.index),
          line: step.line,
          ...optional("image", rootImage(model, stage, globals))
        });
      }
    }
  }
  return { mounts: [...mounts.values()], skipped };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function builtStages(model, target) {
  const used = /* @__PURE__ */ new Set();
  const byRef = (ref) => {
    if (/^\d+$/.test(ref)) return Number(ref) < model.stages.length ? Number(ref) : void 0;
    return model.stages.find((s) => s.name === ref.toLowerCase())?.index;
  };
  const visit = (index) => {
    if (used.has(index)) return;
    used.add(index);
    const stage = model.stages[index];
    if (stage.parent !== null) visit(stage.parent);
    for (const step of stage.steps) {
      const refs = [step.flags.find((f) => f.name === "from")?.value];
      for (const f of step.flags) if (f.name === "mount") refs.push(f.options.from);
      for (const ref of refs) {
        const found2 = ref ? byRef(ref) : void 0;
        if (found2 !== void 0 && found2 < index) visit(found2);
      }
    }
  };
  const start = target === void 0 ? model.stages.length - 1 : byRef(target);
  if (start !== void 0 && start >= 0) visit(start);
  return used;
}
function globalValues(model, buildArgs3) {
  const values = /* @__PURE__ */ new Map();
  for (const step of model.globalArgs) {
    for (const p of step.properties) {
      values.set(p.name, buildArgs3[p.name] ?? (p.value === null ? null : expand(p.value, values)));
    }
  }
  return values;
}
function declared(keyword, p, values, globals, buildArgs3) {
  const own = p.value === null ? null : expand(p.value, values);
  if (keyword === "ENV") return own;
  return buildArgs3[p.name] ?? own ?? globals.get(p.name) ?? null;
}
function rootImage(model, stage, globals) {
  let current = stage;
  while (current.parent !== null) current = model.stages[current.parent];
  if (current.image === null) return void 0;
  return expand(current.image, globals) ?? void 0;
}

// ../sdk/src/mounts/helper-build.ts
init_esm_shims();
var ARCHIVE_CONTEXT = "layercache-mount-archive";
var ARCHIVE_FILE = "mount.tar";
var STATUS_FILE = "status";
function mountFlag(mount, target) {
  const fields = [
    ["type", "cache"],
    ["id", mount.id],
    ["target", target],
    ["sharing", mount.sharing],
    ["mode", mount.mode],
    ["uid", mount.uid],
    ["gid", mount.gid]
  ];
  return `--mount=${fields.filter(([, v]) => v !== void 0).map(([k, v]) => csv(`${k}=${v}`)).join(",")}`;
}
function csv(field) {
  return /[",\s]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function restoreDockerfile(mount, image) {
  const script = [
    "mkdir -p /lc-out",
    `if [ -n "$(ls -A /lc-mount)" ]; then echo warm > /lc-out/${STATUS_FILE}; else tar -xpf /lc-in/${ARCHIVE_FILE} -C /lc-mount && echo restored > /lc-out/${STATUS_FILE}; fi`,
    ': "$LAYERCACHE_NONCE"'
  ].join(" && ");
  return [
    `FROM ${image} AS restore`,
    "ARG LAYERCACHE_NONCE",
    `RUN ${mountFlag(mount, "/lc-mount")} --mount=type=bind,from=${ARCHIVE_CONTEXT},target=/lc-in ${script}`,
    "FROM scratch",
    "COPY --from=restore /lc-out/ /",
    ""
  ].join("\n");
}
function saveDockerfile(mount, image) {
  const script = `mkdir -p /lc-out && tar -cf /lc-out/${ARCHIVE_FILE} -C /lc-mount . && : "$LAYERCACHE_NONCE"`;
  return [
    `FROM ${image} AS save`,
    "ARG LAYERCACHE_NONCE",
    `RUN ${mountFlag(mount, "/lc-mount")} ${script}`,
    "FROM scratch",
    `COPY --from=save /lc-out/ /`,
    ""
  ].join("\n");
}
function helperBuildArgs(input) {
  const args = ["buildx", "build"];
  if (input.builder) args.push("--builder", input.builder);
  args.push("--progress=plain", "--network=none", "--file", input.dockerfile);
  args.push("--build-arg", `LAYERCACHE_NONCE=${input.nonce}`);
  if (input.archiveDir) args.push("--build-context", `${ARCHIVE_CONTEXT}=${input.archiveDir}`);
  args.push("--output", `type=local,dest=${input.outputDir}`, input.context);
  return args;
}
function unsupportedReason(mount) {
  if (mount.from !== void 0) return `it is seeded from ${mount.from} (from=), and BuildKit keys such a cache on that content, which a helper build cannot name`;
  if (mount.image === void 0) return "its stage's base image is not known (a build arg without a value)";
  if (mount.image === "scratch") return "its stage starts FROM scratch, which has no sh and tar for the helper build";
  return void 0;
}

// ../sdk/src/mounts/locations.ts
init_esm_shims();
import path15 from "path";
var MOUNTS_TAG_SUFFIX = ".mounts";
function mountLocations(options, backend, keys, cwd, cacheWritten) {
  const gate = (write) => cacheWritten ? write : void 0;
  if (backend === "registry" || backend === "inline") {
    const repository = options.cache.ref ?? repositoryOf2(options.tags[0] ?? "");
    if (!repository) return void 0;
    const refs = registryRefs(repository, keys);
    const tag = (ref) => `${ref}${MOUNTS_TAG_SUFFIX}`;
    return { kind: "registry", reads: refs.read.map(tag), write: gate(refs.write === void 0 ? void 0 : tag(refs.write)) };
  }
  if (backend === "local" && options.cache.dir) {
    const dir = path15.resolve(cwd, options.cache.dir);
    const at = (slug) => path15.join(dir, slug, "mounts");
    return { kind: "local", reads: keys.read.map(at), write: gate(keys.write === void 0 ? void 0 : at(keys.write)) };
  }
  if (backend === "s3" && options.cache.harness) {
    const h = options.cache.harness;
    const at = (slug) => `s3://${h.bucket}/${h.prefix}mounts/${slug}/`;
    return { kind: "s3", reads: keys.read.map(at), write: gate(keys.write === void 0 ? void 0 : at(keys.write)) };
  }
  return void 0;
}
function repositoryOf2(reference) {
  const noDigest = reference.split("@")[0];
  const lastColon = noDigest.lastIndexOf(":");
  return lastColon > noDigest.lastIndexOf("/") ? noDigest.slice(0, lastColon) : noDigest;
}

// ../sdk/src/mounts/store-local.ts
init_esm_shims();
import { mkdir as mkdir4, readFile as readFile5, rename as rename3, rm as rm6, writeFile as writeFile3 } from "fs/promises";
import path16 from "path";

// ../sdk/src/mounts/store.ts
init_esm_shims();
import { createHash as createHash6 } from "crypto";
function archiveName(id) {
  const readable = id.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._-]+|[._-]+$/g, "").slice(0, 60);
  const hash2 = createHash6("sha256").update(id).digest("hex").slice(0, 12);
  return `${readable ? `${readable}-` : ""}${hash2}.tar.gz`;
}

// ../sdk/src/mounts/store-local.ts
function localMountStore(runId) {
  return {
    async read(location, id) {
      return readFile5(path16.join(location, archiveName(id))).catch((error) => {
        if (error.code === "ENOENT") return void 0;
        throw error;
      });
    },
    async write(location, archives) {
      await mkdir4(location, { recursive: true });
      for (const archive of archives) {
        const final = path16.join(location, archiveName(archive.id));
        const temp = `${final}.${runId}.tmp`;
        try {
          await writeFile3(temp, archive.data);
          await rename3(temp, final);
        } finally {
          await rm6(temp, { force: true }).catch(() => void 0);
        }
      }
    }
  };
}

// ../sdk/src/mounts/store-registry.ts
init_esm_shims();
import { createHash as createHash7 } from "crypto";
var MOUNTS_ARTIFACT_TYPE = "application/vnd.layercache.cache-mounts.v1";
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var EMPTY_CONFIG = { mediaType: "application/vnd.oci.empty.v1+json", data: Buffer.from("{}") };
var LAYER_TYPE = "application/vnd.oci.image.layer.v1.tar+gzip";
var ID_ANNOTATION = "org.layercache.mount.id";
var DIGEST_ANNOTATION = "org.layercache.mount.content-digest";
function registryMountStore(auth, timeoutMs) {
  const manifests = /* @__PURE__ */ new Map();
  async function layersAt(location) {
    const { client, repository, reference } = registryClientFor(location, auth, timeoutMs);
    const got = await client.getManifest(repository, reference);
    if (got.answer.status === "not-found") return void 0;
    if (got.answer.status !== "ok") throw new Error(`${location}: ${got.answer.status}${got.answer.httpStatus ? ` (HTTP ${got.answer.httpStatus})` : ""}`);
    const body = got.body;
    if (body.artifactType !== MOUNTS_ARTIFACT_TYPE) throw new Error(`${location} is not a layercache cache-mounts artifact`);
    return body.layers ?? [];
  }
  return {
    async read(location, id) {
      if (!manifests.has(location)) manifests.set(location, layersAt(location));
      const layer = (await manifests.get(location))?.find((l) => l.annotations?.[ID_ANNOTATION] === id);
      if (!layer) return void 0;
      const { client, repository } = registryClientFor(location, auth, timeoutMs);
      const blob = await client.getBlob(repository, layer.digest);
      if (blob.answer.status !== "ok" || !blob.data) throw new Error(`${location}: blob ${layer.digest} ${blob.answer.status}`);
      return blob.data;
    },
    async write(location, archives) {
      const { client, repository, reference } = registryClientFor(location, auth, timeoutMs);
      const kept = (await layersAt(location).catch(() => void 0) ?? []).filter((l) => !archives.some((a) => a.id === l.annotations?.[ID_ANNOTATION]));
      const upload = async (data) => {
        const digest = `sha256:${createHash7("sha256").update(data).digest("hex")}`;
        const exists = await client.blobExists(repository, digest);
        if (exists.status !== "ok") {
          const put2 = await client.putBlob(repository, digest, data);
          if (put2.status !== "ok") throw new Error(`upload to ${location} failed: ${put2.status}${put2.httpStatus ? ` (HTTP ${put2.httpStatus})` : ""}`);
        }
        return { digest, size: data.length };
      };
      const config = await upload(EMPTY_CONFIG.data);
      const layers = [...kept];
      for (const archive of archives) {
        layers.push({ mediaType: LAYER_TYPE, ...await upload(archive.data), annotations: { [ID_ANNOTATION]: archive.id, [DIGEST_ANNOTATION]: archive.digest } });
      }
      const manifest = { schemaVersion: 2, mediaType: OCI_MANIFEST, artifactType: MOUNTS_ARTIFACT_TYPE, config: { mediaType: EMPTY_CONFIG.mediaType, ...config }, layers };
      const put = await client.putManifest(repository, reference, OCI_MANIFEST, JSON.stringify(manifest));
      if (put.status !== "ok") throw new Error(`writing ${location} failed: ${put.status}${put.httpStatus ? ` (HTTP ${put.httpStatus})` : ""}`);
      manifests.delete(location);
    }
  };
}

// ../sdk/src/mounts/store-s3.ts
init_esm_shims();
function s3MountStore(h, timeoutMs) {
  const client = new AwsClient({ accessKeyId: h.accessKeyId, secretAccessKey: h.secretAccessKey, sessionToken: h.sessionToken, service: "s3", region: h.region });
  const endpoint = (h.endpointUrl ?? `https://s3.${h.region}.amazonaws.com`).replace(/\/+$/, "");
  const bucketUrl = h.usePathStyle ? `${endpoint}/${h.bucket}` : endpoint.replace("://", `://${h.bucket}.`);
  const urlOf = (location, id) => {
    const key = `${location.slice(`s3://${h.bucket}/`.length)}${archiveName(id)}`;
    return `${bucketUrl}/${key.split("/").map(encodeURIComponent).join("/")}`;
  };
  const signal = () => AbortSignal.timeout(timeoutMs);
  return {
    async read(location, id) {
      const res = await client.fetch(urlOf(location, id), { signal: signal() });
      if (res.status === 404) return void 0;
      if (!res.ok) throw new Error(`${location}: HTTP ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
    async write(location, archives) {
      for (const archive of archives) {
        const res = await client.fetch(urlOf(location, archive.id), {
          method: "PUT",
          body: new Uint8Array(archive.data),
          headers: { "content-type": "application/gzip", "x-amz-meta-layercache-mount-id": encodeURIComponent(archive.id), "x-amz-meta-layercache-content-digest": archive.digest },
          signal: signal()
        });
        if (!res.ok) throw new Error(`upload to ${location} failed: HTTP ${res.status}`);
      }
    }
  };
}

// ../sdk/src/mounts/persist.ts
var gzip = promisify(gzipCb);
var gunzip = promisify(gunzipCb);
async function restoreMounts(input) {
  const session = { reports: [], warnings: [], notes: [], save: async () => void 0 };
  const setting = input.options.cache.mounts;
  if (setting === "off") return session;
  const discovery = discoverCacheMounts(parseDockerfile(input.dockerfileText), { target: input.options.target, buildArgs: input.options.buildArgs });
  const wanted = discovery.mounts.filter((m) => setting === "auto" || setting.includes(m.id));
  for (const s of discovery.skipped) session.notes.push(`cache mount ${s.mount} (line ${s.line}) is not kept: ${s.reason}`);
  if (wanted.length === 0) return session;
  const explicit = setting !== "auto";
  const locations = mountLocations(input.options, input.backend, input.keys, input.cwd, input.cacheWritten);
  const unsupported = !buildxSupports(input.buildxVersion);
  if (!locations || unsupported) {
    const why = unsupported ? `buildx ${input.buildxVersion} has no named build contexts (0.8 or later has)` : `the ${input.backend} backend has no place to keep them`;
    (explicit ? session.warnings : session.notes).push(`cache mounts ${wanted.map((m) => m.id).join(", ")} are not kept: ${why}`);
    return session;
  }
  const store = input.store ?? storeFor(input, locations);
  const restored = /* @__PURE__ */ new Map();
  for (const mount of wanted) {
    const report = { id: mount.id, target: mount.target, stage: mount.stage, line: mount.line, restore: { status: "missing" } };
    session.reports.push(report);
    const reason = unsupportedReason(mount);
    if (reason) {
      report.restore = { status: "skipped", message: reason };
      continue;
    }
    const started = Date.now();
    try {
      const found2 = await firstArchive(store, locations.reads, mount.id);
      if (!found2) continue;
      const tar = await gunzip(found2.data);
      const status = await runRestore(input, mount, tar);
      restored.set(mount.id, inspectArchive(tar).digest);
      report.restore = { status, bytes: found2.data.length, contentBytes: tar.length, ms: Date.now() - started, from: found2.location };
    } catch (error) {
      const message = error.message;
      report.restore = { status: "failed", ms: Date.now() - started, message };
      session.warnings.push(`cache mount ${mount.id} was not restored (${message}); the build runs with it cold`);
    }
  }
  session.save = async () => {
    for (const report of session.reports) {
      const mount = wanted.find((m) => m.id === report.id);
      if (report.restore.status === "skipped") continue;
      if (!locations.write) {
        report.save = { status: "not-written", message: "this build does not write the cache (the write policy)" };
        continue;
      }
      report.save = await saveOne(input, store, mount, locations.write, restored.get(mount.id));
      if (report.save.status === "failed" || report.save.status === "too-large") session.warnings.push(`cache mount ${mount.id} was not saved (${report.save.message})`);
    }
  };
  return session;
}
async function firstArchive(store, reads, id) {
  let lastError;
  for (const location of reads) {
    const data = await store.read(location, id).catch((e) => {
      lastError = e;
      return void 0;
    });
    if (data) return { data, location };
  }
  if (lastError) throw lastError;
  return void 0;
}
async function saveOne(input, store, mount, location, restoredDigest) {
  const started = Date.now();
  try {
    const tar = await runSave(input, mount);
    const facts = inspectArchive(tar);
    const base = { contentBytes: tar.length, to: location };
    if (facts.entries === 0) return { status: "empty", ...base, ms: Date.now() - started, message: "the mount is empty: the stored archive stays" };
    if (facts.digest === restoredDigest) return { status: "unchanged", ...base, ms: Date.now() - started };
    const cap = input.options.cache.mountsMaxSizeMb * 1024 * 1024;
    if (tar.length > cap) {
      return { status: "too-large", ...base, ms: Date.now() - started, message: `its archive is ${mb2(tar.length)} MB, over cache.mountsMaxSizeMb (${input.options.cache.mountsMaxSizeMb})` };
    }
    const data = await gzip(tar);
    await store.write(location, [{ id: mount.id, data, digest: facts.digest }]);
    return { status: "saved", bytes: data.length, ...base, ms: Date.now() - started };
  } catch (error) {
    return { status: "failed", to: location, ms: Date.now() - started, message: error.message };
  }
}
async function runRestore(input, mount, tar) {
  const dir = await helperDir(input, "restore");
  try {
    await mkdir5(path17.join(dir, "in"));
    await writeFile4(path17.join(dir, "in", ARCHIVE_FILE), tar);
    await helperBuild(input, dir, restoreDockerfile(mount, mount.image), true);
    const status = (await readFile6(path17.join(dir, "out", STATUS_FILE), "utf8")).trim();
    return status === "warm" ? "warm" : "restored";
  } finally {
    await rm7(dir, { recursive: true, force: true }).catch(() => void 0);
  }
}
async function runSave(input, mount) {
  const dir = await helperDir(input, "save");
  try {
    await helperBuild(input, dir, saveDockerfile(mount, mount.image), false);
    return await readFile6(path17.join(dir, "out", ARCHIVE_FILE));
  } finally {
    await rm7(dir, { recursive: true, force: true }).catch(() => void 0);
  }
}
async function helperDir(input, kind) {
  const dir = path17.join(input.workDir, `mount-${kind}-${randomBytes3(4).toString("hex")}`);
  await mkdir5(path17.join(dir, "context"), { recursive: true });
  return dir;
}
async function helperBuild(input, dir, dockerfile, withArchive) {
  await writeFile4(path17.join(dir, "Dockerfile"), dockerfile);
  const args = helperBuildArgs({
    dockerPath: input.options.dockerPath,
    builder: input.options.builder,
    dockerfile: path17.join(dir, "Dockerfile"),
    context: path17.join(dir, "context"),
    archiveDir: withArchive ? path17.join(dir, "in") : void 0,
    outputDir: path17.join(dir, "out"),
    nonce: `${input.runId}-${randomBytes3(6).toString("hex")}`
  });
  const result = await input.run(input.options.dockerPath, args, { cwd: input.cwd, env: input.env, signal: input.signal });
  if (result.exitCode !== 0) {
    const line = result.stderrTail.split("\n").reverse().find((l) => /error/i.test(l))?.trim() ?? tailLines(result.stderrTail, 1);
    throw new Error(`helper build failed: ${line} (it needs sh and tar in the stage's base image)`);
  }
}
function storeFor(input, locations) {
  const timeoutMs = input.options.cache.timeout > 0 ? input.options.cache.timeout * 1e3 : 36e5;
  if (locations.kind === "local") return localMountStore(input.runId);
  if (locations.kind === "s3") return s3MountStore(input.options.cache.harness, timeoutMs);
  return registryMountStore(input.credentials ?? input.options.registryAuth, timeoutMs);
}
function buildxSupports(version) {
  const m = /(\d+)\.(\d+)/.exec(version ?? "");
  if (!m) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 0 || minor >= 8;
}
function mb2(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}

// ../sdk/src/mounts/hooks.ts
async function openMounts(input) {
  const { plan, cwd } = input;
  if (plan.options.cache.mounts === "off") return void 0;
  const dockerfileText = await readFile7(path18.resolve(cwd, dockerfilePath(plan.options)), "utf8").catch(() => void 0);
  if (dockerfileText === void 0) return void 0;
  const session = await restoreMounts({
    options: input.buildArgs ? { ...plan.options, buildArgs: { ...input.buildArgs, ...plan.options.buildArgs } } : plan.options,
    backend: plan.backend,
    keys: plan.keys,
    cacheWritten: plan.writes !== void 0,
    dockerfileText,
    cwd,
    workDir: input.workDir,
    runId: input.facts.runId,
    run: input.run,
    env: input.env,
    signal: input.signal,
    credentials: input.facts.credentials,
    buildxVersion: input.engine.buildxVersion
  });
  for (const r of session.reports) input.log.info(`layercache: ${mountLine(r, "restore")}`);
  return session;
}
async function finishMounts(session, report, log) {
  if (!session) return;
  await session.save();
  for (const r of session.reports) if (r.save) log.info(`layercache: ${mountLine(r, "save")}`);
  if (session.reports.length > 0) report.mounts = session.reports;
  report.warnings.push(...session.warnings);
  if (session.notes.length > 0) report.notes = [...report.notes ?? [], ...session.notes];
  explainWarmMount(report, session.reports);
}
async function openServiceMounts(services, input) {
  const sessions = {};
  for (const sp of services) {
    const log = { info: (l) => input.log.info(l.replace(/^layercache: /, `layercache: ${sp.service}: `)), warn: input.log.warn };
    sessions[sp.service] = await openMounts({ ...input, plan: sp.build, log, buildArgs: sp.args });
  }
  return sessions;
}

// ../sdk/src/options/cache-in-context.ts
init_esm_shims();
import { readFile as readFile8 } from "fs/promises";
import path19 from "path";

// ../sdk/src/dockerfile/dockerignore.ts
init_esm_shims();
function parseDockerignore(text2) {
  const patterns = [];
  for (const raw of text2.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const exclude = !line.startsWith("!");
    if (!exclude) line = line.slice(1).trim();
    line = line.replace(/^\/+|\/+$/g, "").replace(/^\.\//, "");
    if (line === "" || line === ".") continue;
    patterns.push({ exclude, regex: globToRegex(line) });
  }
  return patterns;
}
function isIgnored(patterns, path41) {
  const segments2 = path41.split("/");
  let ignored = false;
  for (const pattern of patterns) {
    const matches = segments2.some((_, i) => pattern.regex.test(segments2.slice(0, i + 1).join("/")));
    if (matches) ignored = pattern.exclude;
  }
  return ignored;
}
function globToRegex(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      if (glob[i + 2] === "/") {
        out += "(?:.*/)?";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i);
      if (end === -1) out += "\\[";
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < glob.length) {
      out += escape(glob[i + 1]);
      i++;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}
function escape(c) {
  return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

// ../sdk/src/options/cache-in-context.ts
async function cacheInContext(cache, context, dockerfile) {
  if (!cache.dir || !mayUseDirectory(cache.backend)) return void 0;
  const relative3 = path19.relative(context, cache.dir);
  if (relative3.startsWith("..") || path19.isAbsolute(relative3)) return void 0;
  const ownIgnore = `${dockerfile}.dockerignore`;
  const contextIgnore = path19.join(context, ".dockerignore");
  const own = await readFile8(ownIgnore, "utf8").catch(() => void 0);
  const text2 = own ?? await readFile8(contextIgnore, "utf8").catch(() => void 0);
  const ignoreFile = own !== void 0 ? ownIgnore : text2 !== void 0 ? contextIgnore : void 0;
  const rel = relative3 === "" ? "." : relative3.split(path19.sep).join("/");
  if (rel !== "." && text2 !== void 0 && isIgnored(parseDockerignore(text2), rel)) return void 0;
  return { relative: rel, ignoreFile, ignoreText: text2 ?? "" };
}

// ../sdk/src/options/check-inputs.ts
init_esm_shims();
import path23 from "path";

// ../sdk/src/options/check-engine.ts
init_esm_shims();
import { constants as constants2 } from "fs";
import { access, stat as stat9 } from "fs/promises";
import path20 from "path";
var SCHEMES2 = ["unix", "tcp", "http", "https", "ssh", "npipe", "fd"];
function dockerHostProblem(value) {
  if (value === void 0 || value.trim() === "") return void 0;
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return "contains whitespace or control characters";
  const m = /^([a-z]+):\/\/(.*)$/.exec(value);
  if (!m) return `"${value.slice(0, 100)}" has no scheme: write unix:///path/to/docker.sock or tcp://host:port`;
  const [, scheme, rest] = m;
  if (!SCHEMES2.includes(scheme)) return `scheme "${scheme}" is not one of ${SCHEMES2.join(", ")}`;
  if (scheme === "unix") return rest === "" || rest.startsWith("/") ? void 0 : `unix socket path "${rest.slice(0, 100)}" is not absolute`;
  if (scheme === "tcp" || scheme === "http" || scheme === "https" || scheme === "ssh") {
    const hostPort = /^(?:[^@/]+@)?(\[[0-9a-fA-F:.]+\]|[^:/[\]]+)(?::([^/]*))?(\/.*)?$/.exec(rest);
    if (!hostPort) return `"${value.slice(0, 100)}" names no host`;
    const port = hostPort[2];
    if (port !== void 0 && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) return `port "${port.slice(0, 20)}" is not a number from 1 to 65535`;
  }
  return void 0;
}
function dockerNotFound(dockerPath, detail) {
  return dockerPath === "docker" ? { path: "PATH", message: `the docker CLI was not found (${detail})`, hint: "install the docker CLI (with the buildx plugin) or add its directory to PATH" } : { path: "dockerPath", message: `${dockerPath} cannot be run (${detail})`, hint: "point dockerPath at the docker CLI, or leave it unset to use docker from PATH" };
}
function unrunnableDockerIsBadInput(dockerPath) {
  return (error) => {
    if (error.code === "ENOENT" || error.code === "EACCES") throw new ConfigError([dockerNotFound(dockerPath, error.code)]);
    throw error;
  };
}
async function dockerCliProblem(dockerPath, pathVariable, cwd) {
  if (dockerPath.includes("/")) return await isExecutable2(path20.resolve(cwd, dockerPath)) ? void 0 : `${dockerPath} is not an executable file`;
  if (pathVariable === void 0) return void 0;
  for (const dir of pathVariable.split(":")) {
    if (dir !== "" && await isExecutable2(path20.resolve(cwd, dir, dockerPath))) return void 0;
  }
  return `no executable ${dockerPath} in PATH=${pathVariable.slice(0, 200)}`;
}
async function isExecutable2(file) {
  const info = await stat9(file).catch(() => void 0);
  if (!info?.isFile()) return false;
  return access(file, constants2.X_OK).then(() => true, () => false);
}
async function engineIssues(env, dockerPath, cwd) {
  if (env === void 0) return [];
  const issues = [];
  for (const [name, v] of Object.entries(env)) {
    if (!v?.includes("\0") && !name.includes("\0") && !name.includes("=")) continue;
    const shown = name.replace(/\u0000/g, "\\0");
    issues.push({
      path: shown,
      message: 'holds a NUL byte or its name an "=", which no process environment can carry',
      hint: `remove the NUL byte from ${shown} (or unset it)`
    });
  }
  const host = dockerHostProblem(env.DOCKER_HOST);
  if (host) issues.push({ path: "DOCKER_HOST", message: host, hint: "set DOCKER_HOST to unix:///var/run/docker.sock, tcp://docker:2375 or similar, or unset it" });
  const cli = await dockerCliProblem(dockerPath, env.PATH, cwd);
  if (cli) issues.push(dockerNotFound(dockerPath, cli));
  return issues;
}

// ../sdk/src/options/parse.ts
init_esm_shims();
import path21 from "path";

// ../sdk/src/options/reference.ts
init_esm_shims();
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
var REPOSITORY_RE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)$`);
var TAG_RE = new RegExp(`^${TAG}$`);
var DIGEST_RE = new RegExp(`^${DIGEST}$`);
function parseImageReference(input) {
  if (input.length === 0) return { error: "is empty" };
  if (input.length > 255 + 129) return { error: `is ${input.length} characters long; a reference is at most about 384` };
  if (/[\s\0]/.test(input)) return { error: "contains white space, a newline or a NUL character" };
  let rest = input;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) return { error: `has an invalid digest "${digest}"` };
  }
  let tag;
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > rest.lastIndexOf("/")) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG_RE.test(tag)) {
      return { error: `has an invalid tag "${tag}" (letters, digits, _ . -, not starting with . or -, at most 128)` };
    }
  }
  const match = REPOSITORY_RE.exec(rest);
  if (!match) {
    return { error: `has an invalid repository "${rest}" (lower case letters, digits and . _ - separators, optionally after a registry host)` };
  }
  if (rest.length > 255) return { error: "has a repository name longer than 255 characters" };
  return { repository: rest, tag, digest };
}

// ../sdk/src/options/schema.ts
init_esm_shims();

// ../sdk/src/backends/aliases.ts
init_esm_shims();
var ALIASES = { harness: "s3" };
function resolveBackendAlias(name) {
  return ALIASES[name] ?? name;
}

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/index.js
init_esm_shims();

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/external.js
var external_exports = {};
__export(external_exports, {
  BRAND: () => BRAND,
  DIRTY: () => DIRTY,
  EMPTY_PATH: () => EMPTY_PATH,
  INVALID: () => INVALID,
  NEVER: () => NEVER,
  OK: () => OK,
  ParseStatus: () => ParseStatus,
  Schema: () => ZodType,
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBigInt: () => ZodBigInt,
  ZodBoolean: () => ZodBoolean,
  ZodBranded: () => ZodBranded,
  ZodCatch: () => ZodCatch,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodEffects: () => ZodEffects,
  ZodEnum: () => ZodEnum,
  ZodError: () => ZodError,
  ZodFirstPartyTypeKind: () => ZodFirstPartyTypeKind,
  ZodFunction: () => ZodFunction,
  ZodIntersection: () => ZodIntersection,
  ZodIssueCode: () => ZodIssueCode,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNativeEnum: () => ZodNativeEnum,
  ZodNever: () => ZodNever,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodParsedType: () => ZodParsedType,
  ZodPipeline: () => ZodPipeline,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRecord: () => ZodRecord,
  ZodSchema: () => ZodType,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodSymbol: () => ZodSymbol,
  ZodTransformer: () => ZodEffects,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  addIssueToContext: () => addIssueToContext,
  any: () => anyType,
  array: () => arrayType,
  bigint: () => bigIntType,
  boolean: () => booleanType,
  coerce: () => coerce,
  custom: () => custom,
  date: () => dateType,
  datetimeRegex: () => datetimeRegex,
  defaultErrorMap: () => en_default,
  discriminatedUnion: () => discriminatedUnionType,
  effect: () => effectsType,
  enum: () => enumType,
  function: () => functionType,
  getErrorMap: () => getErrorMap,
  getParsedType: () => getParsedType,
  instanceof: () => instanceOfType,
  intersection: () => intersectionType,
  isAborted: () => isAborted,
  isAsync: () => isAsync,
  isDirty: () => isDirty,
  isValid: () => isValid,
  late: () => late,
  lazy: () => lazyType,
  literal: () => literalType,
  makeIssue: () => makeIssue,
  map: () => mapType,
  nan: () => nanType,
  nativeEnum: () => nativeEnumType,
  never: () => neverType,
  null: () => nullType,
  nullable: () => nullableType,
  number: () => numberType,
  object: () => objectType,
  objectUtil: () => objectUtil,
  oboolean: () => oboolean,
  onumber: () => onumber,
  optional: () => optionalType,
  ostring: () => ostring,
  pipeline: () => pipelineType,
  preprocess: () => preprocessType,
  promise: () => promiseType,
  quotelessJson: () => quotelessJson,
  record: () => recordType,
  set: () => setType,
  setErrorMap: () => setErrorMap,
  strictObject: () => strictObjectType,
  string: () => stringType,
  symbol: () => symbolType,
  transformer: () => effectsType,
  tuple: () => tupleType,
  undefined: () => undefinedType,
  union: () => unionType,
  unknown: () => unknownType,
  util: () => util,
  void: () => voidType
});
init_esm_shims();

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/errors.js
init_esm_shims();

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/locales/en.js
init_esm_shims();

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/ZodError.js
init_esm_shims();

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/helpers/util.js
init_esm_shims();
var util;
(function(util2) {
  util2.assertEqual = (_) => {
  };
  function assertIs(_arg) {
  }
  util2.assertIs = assertIs;
  function assertNever(_x) {
    throw new Error();
  }
  util2.assertNever = assertNever;
  util2.arrayToEnum = (items) => {
    const obj = {};
    for (const item of items) {
      obj[item] = item;
    }
    return obj;
  };
  util2.getValidEnumValues = (obj) => {
    const validKeys = util2.objectKeys(obj).filter((k) => typeof obj[obj[k]] !== "number");
    const filtered = {};
    for (const k of validKeys) {
      filtered[k] = obj[k];
    }
    return util2.objectValues(filtered);
  };
  util2.objectValues = (obj) => {
    return util2.objectKeys(obj).map(function(e) {
      return obj[e];
    });
  };
  util2.objectKeys = typeof Object.keys === "function" ? (obj) => Object.keys(obj) : (object) => {
    const keys = [];
    for (const key in object) {
      if (Object.prototype.hasOwnProperty.call(object, key)) {
        keys.push(key);
      }
    }
    return keys;
  };
  util2.find = (arr, checker) => {
    for (const item of arr) {
      if (checker(item))
        return item;
    }
    return void 0;
  };
  util2.isInteger = typeof Number.isInteger === "function" ? (val) => Number.isInteger(val) : (val) => typeof val === "number" && Number.isFinite(val) && Math.floor(val) === val;
  function joinValues(array, separator = " | ") {
    return array.map((val) => typeof val === "string" ? `'${val}'` : val).join(separator);
  }
  util2.joinValues = joinValues;
  util2.jsonStringifyReplacer = (_, value) => {
    if (typeof value === "bigint") {
      return value.toString();
    }
    return value;
  };
})(util || (util = {}));
var objectUtil;
(function(objectUtil2) {
  objectUtil2.mergeShapes = (first, second) => {
    return {
      ...first,
      ...second
      // second overwrites first
    };
  };
})(objectUtil || (objectUtil = {}));
var ZodParsedType = util.arrayToEnum([
  "string",
  "nan",
  "number",
  "integer",
  "float",
  "boolean",
  "date",
  "bigint",
  "symbol",
  "function",
  "undefined",
  "null",
  "array",
  "object",
  "unknown",
  "promise",
  "void",
  "never",
  "map",
  "set"
]);
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return ZodParsedType.undefined;
    case "string":
      return ZodParsedType.string;
    case "number":
      return Number.isNaN(data) ? ZodParsedType.nan : ZodParsedType.number;
    case "boolean":
      return ZodParsedType.boolean;
    case "function":
      return ZodParsedType.function;
    case "bigint":
      return ZodParsedType.bigint;
    case "symbol":
      return ZodParsedType.symbol;
    case "object":
      if (Array.isArray(data)) {
        return ZodParsedType.array;
      }
      if (data === null) {
        return ZodParsedType.null;
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return ZodParsedType.promise;
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return ZodParsedType.map;
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return ZodParsedType.set;
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return ZodParsedType.date;
      }
      return ZodParsedType.object;
    default:
      return ZodParsedType.unknown;
  }
};

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/ZodError.js
var ZodIssueCode = util.arrayToEnum([
  "invalid_type",
  "invalid_literal",
  "custom",
  "invalid_union",
  "invalid_union_discriminator",
  "invalid_enum_value",
  "unrecognized_keys",
  "invalid_arguments",
  "invalid_return_type",
  "invalid_date",
  "invalid_string",
  "too_small",
  "too_big",
  "invalid_intersection_types",
  "not_multiple_of",
  "not_finite"
]);
var quotelessJson = (obj) => {
  const json = JSON.stringify(obj, null, 2);
  return json.replace(/"([^"]+)":/g, "$1:");
};
var ZodError = class _ZodError extends Error {
  get errors() {
    return this.issues;
  }
  constructor(issues) {
    super();
    this.issues = [];
    this.addIssue = (sub) => {
      this.issues = [...this.issues, sub];
    };
    this.addIssues = (subs = []) => {
      this.issues = [...this.issues, ...subs];
    };
    const actualProto = new.target.prototype;
    if (Object.setPrototypeOf) {
      Object.setPrototypeOf(this, actualProto);
    } else {
      this.__proto__ = actualProto;
    }
    this.name = "ZodError";
    this.issues = issues;
  }
  format(_mapper) {
    const mapper = _mapper || function(issue) {
      return issue.message;
    };
    const fieldErrors = { _errors: [] };
    const processError = (error) => {
      for (const issue of error.issues) {
        if (issue.code === "invalid_union") {
          issue.unionErrors.map(processError);
        } else if (issue.code === "invalid_return_type") {
          processError(issue.returnTypeError);
        } else if (issue.code === "invalid_arguments") {
          processError(issue.argumentsError);
        } else if (issue.path.length === 0) {
          fieldErrors._errors.push(mapper(issue));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < issue.path.length) {
            const el = issue.path[i];
            const terminal = i === issue.path.length - 1;
            if (!terminal) {
              curr[el] = curr[el] || { _errors: [] };
            } else {
              curr[el] = curr[el] || { _errors: [] };
              curr[el]._errors.push(mapper(issue));
            }
            curr = curr[el];
            i++;
          }
        }
      }
    };
    processError(this);
    return fieldErrors;
  }
  static assert(value) {
    if (!(value instanceof _ZodError)) {
      throw new Error(`Not a ZodError: ${value}`);
    }
  }
  toString() {
    return this.message;
  }
  get message() {
    return JSON.stringify(this.issues, util.jsonStringifyReplacer, 2);
  }
  get isEmpty() {
    return this.issues.length === 0;
  }
  flatten(mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of this.issues) {
      if (sub.path.length > 0) {
        const firstEl = sub.path[0];
        fieldErrors[firstEl] = fieldErrors[firstEl] || [];
        fieldErrors[firstEl].push(mapper(sub));
      } else {
        formErrors.push(mapper(sub));
      }
    }
    return { formErrors, fieldErrors };
  }
  get formErrors() {
    return this.flatten();
  }
};
ZodError.create = (issues) => {
  const error = new ZodError(issues);
  return error;
};

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/locales/en.js
var errorMap = (issue, _ctx) => {
  let message;
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      if (issue.received === ZodParsedType.undefined) {
        message = "Required";
      } else {
        message = `Expected ${issue.expected}, received ${issue.received}`;
      }
      break;
    case ZodIssueCode.invalid_literal:
      message = `Invalid literal value, expected ${JSON.stringify(issue.expected, util.jsonStringifyReplacer)}`;
      break;
    case ZodIssueCode.unrecognized_keys:
      message = `Unrecognized key(s) in object: ${util.joinValues(issue.keys, ", ")}`;
      break;
    case ZodIssueCode.invalid_union:
      message = `Invalid input`;
      break;
    case ZodIssueCode.invalid_union_discriminator:
      message = `Invalid discriminator value. Expected ${util.joinValues(issue.options)}`;
      break;
    case ZodIssueCode.invalid_enum_value:
      message = `Invalid enum value. Expected ${util.joinValues(issue.options)}, received '${issue.received}'`;
      break;
    case ZodIssueCode.invalid_arguments:
      message = `Invalid function arguments`;
      break;
    case ZodIssueCode.invalid_return_type:
      message = `Invalid function return type`;
      break;
    case ZodIssueCode.invalid_date:
      message = `Invalid date`;
      break;
    case ZodIssueCode.invalid_string:
      if (typeof issue.validation === "object") {
        if ("includes" in issue.validation) {
          message = `Invalid input: must include "${issue.validation.includes}"`;
          if (typeof issue.validation.position === "number") {
            message = `${message} at one or more positions greater than or equal to ${issue.validation.position}`;
          }
        } else if ("startsWith" in issue.validation) {
          message = `Invalid input: must start with "${issue.validation.startsWith}"`;
        } else if ("endsWith" in issue.validation) {
          message = `Invalid input: must end with "${issue.validation.endsWith}"`;
        } else {
          util.assertNever(issue.validation);
        }
      } else if (issue.validation !== "regex") {
        message = `Invalid ${issue.validation}`;
      } else {
        message = "Invalid";
      }
      break;
    case ZodIssueCode.too_small:
      if (issue.type === "array")
        message = `Array must contain ${issue.exact ? "exactly" : issue.inclusive ? `at least` : `more than`} ${issue.minimum} element(s)`;
      else if (issue.type === "string")
        message = `String must contain ${issue.exact ? "exactly" : issue.inclusive ? `at least` : `over`} ${issue.minimum} character(s)`;
      else if (issue.type === "number")
        message = `Number must be ${issue.exact ? `exactly equal to ` : issue.inclusive ? `greater than or equal to ` : `greater than `}${issue.minimum}`;
      else if (issue.type === "bigint")
        message = `Number must be ${issue.exact ? `exactly equal to ` : issue.inclusive ? `greater than or equal to ` : `greater than `}${issue.minimum}`;
      else if (issue.type === "date")
        message = `Date must be ${issue.exact ? `exactly equal to ` : issue.inclusive ? `greater than or equal to ` : `greater than `}${new Date(Number(issue.minimum))}`;
      else
        message = "Invalid input";
      break;
    case ZodIssueCode.too_big:
      if (issue.type === "array")
        message = `Array must contain ${issue.exact ? `exactly` : issue.inclusive ? `at most` : `less than`} ${issue.maximum} element(s)`;
      else if (issue.type === "string")
        message = `String must contain ${issue.exact ? `exactly` : issue.inclusive ? `at most` : `under`} ${issue.maximum} character(s)`;
      else if (issue.type === "number")
        message = `Number must be ${issue.exact ? `exactly` : issue.inclusive ? `less than or equal to` : `less than`} ${issue.maximum}`;
      else if (issue.type === "bigint")
        message = `BigInt must be ${issue.exact ? `exactly` : issue.inclusive ? `less than or equal to` : `less than`} ${issue.maximum}`;
      else if (issue.type === "date")
        message = `Date must be ${issue.exact ? `exactly` : issue.inclusive ? `smaller than or equal to` : `smaller than`} ${new Date(Number(issue.maximum))}`;
      else
        message = "Invalid input";
      break;
    case ZodIssueCode.custom:
      message = `Invalid input`;
      break;
    case ZodIssueCode.invalid_intersection_types:
      message = `Intersection results could not be merged`;
      break;
    case ZodIssueCode.not_multiple_of:
      message = `Number must be a multiple of ${issue.multipleOf}`;
      break;
    case ZodIssueCode.not_finite:
      message = "Number must be finite";
      break;
    default:
      message = _ctx.defaultError;
      util.assertNever(issue);
  }
  return { message };
};
var en_default = errorMap;

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/errors.js
var overrideErrorMap = en_default;
function setErrorMap(map) {
  overrideErrorMap = map;
}
function getErrorMap() {
  return overrideErrorMap;
}

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/helpers/parseUtil.js
init_esm_shims();
var makeIssue = (params) => {
  const { data, path: path41, errorMaps, issueData } = params;
  const fullPath = [...path41, ...issueData.path || []];
  const fullIssue = {
    ...issueData,
    path: fullPath
  };
  if (issueData.message !== void 0) {
    return {
      ...issueData,
      path: fullPath,
      message: issueData.message
    };
  }
  let errorMessage = "";
  const maps = errorMaps.filter((m) => !!m).slice().reverse();
  for (const map of maps) {
    errorMessage = map(fullIssue, { data, defaultError: errorMessage }).message;
  }
  return {
    ...issueData,
    path: fullPath,
    message: errorMessage
  };
};
var EMPTY_PATH = [];
function addIssueToContext(ctx, issueData) {
  const overrideMap = getErrorMap();
  const issue = makeIssue({
    issueData,
    data: ctx.data,
    path: ctx.path,
    errorMaps: [
      ctx.common.contextualErrorMap,
      // contextual error map is first priority
      ctx.schemaErrorMap,
      // then schema-bound map if available
      overrideMap,
      // then global override map
      overrideMap === en_default ? void 0 : en_default
      // then global default map
    ].filter((x) => !!x)
  });
  ctx.common.issues.push(issue);
}
var ParseStatus = class _ParseStatus {
  constructor() {
    this.value = "valid";
  }
  dirty() {
    if (this.value === "valid")
      this.value = "dirty";
  }
  abort() {
    if (this.value !== "aborted")
      this.value = "aborted";
  }
  static mergeArray(status, results) {
    const arrayValue = [];
    for (const s of results) {
      if (s.status === "aborted")
        return INVALID;
      if (s.status === "dirty")
        status.dirty();
      arrayValue.push(s.value);
    }
    return { status: status.value, value: arrayValue };
  }
  static async mergeObjectAsync(status, pairs) {
    const syncPairs = [];
    for (const pair of pairs) {
      const key = await pair.key;
      const value = await pair.value;
      syncPairs.push({
        key,
        value
      });
    }
    return _ParseStatus.mergeObjectSync(status, syncPairs);
  }
  static mergeObjectSync(status, pairs) {
    const finalObject = {};
    for (const pair of pairs) {
      const { key, value } = pair;
      if (key.status === "aborted")
        return INVALID;
      if (value.status === "aborted")
        return INVALID;
      if (key.status === "dirty")
        status.dirty();
      if (value.status === "dirty")
        status.dirty();
      if (key.value !== "__proto__" && (typeof value.value !== "undefined" || pair.alwaysSet)) {
        finalObject[key.value] = value.value;
      }
    }
    return { status: status.value, value: finalObject };
  }
};
var INVALID = Object.freeze({
  status: "aborted"
});
var DIRTY = (value) => ({ status: "dirty", value });
var OK = (value) => ({ status: "valid", value });
var isAborted = (x) => x.status === "aborted";
var isDirty = (x) => x.status === "dirty";
var isValid = (x) => x.status === "valid";
var isAsync = (x) => typeof Promise !== "undefined" && x instanceof Promise;

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/types.js
init_esm_shims();

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/helpers/errorUtil.js
init_esm_shims();
var errorUtil;
(function(errorUtil2) {
  errorUtil2.errToObj = (message) => typeof message === "string" ? { message } : message || {};
  errorUtil2.toString = (message) => typeof message === "string" ? message : message?.message;
})(errorUtil || (errorUtil = {}));

// ../../node_modules/.pnpm/zod@3.25.76/node_modules/zod/v3/types.js
var ParseInputLazyPath = class {
  constructor(parent, value, path41, key) {
    this._cachedPath = [];
    this.parent = parent;
    this.data = value;
    this._path = path41;
    this._key = key;
  }
  get path() {
    if (!this._cachedPath.length) {
      if (Array.isArray(this._key)) {
        this._cachedPath.push(...this._path, ...this._key);
      } else {
        this._cachedPath.push(...this._path, this._key);
      }
    }
    return this._cachedPath;
  }
};
var handleResult = (ctx, result) => {
  if (isValid(result)) {
    return { success: true, data: result.value };
  } else {
    if (!ctx.common.issues.length) {
      throw new Error("Validation failed but no issues detected.");
    }
    return {
      success: false,
      get error() {
        if (this._error)
          return this._error;
        const error = new ZodError(ctx.common.issues);
        this._error = error;
        return this._error;
      }
    };
  }
};
function processCreateParams(params) {
  if (!params)
    return {};
  const { errorMap: errorMap2, invalid_type_error, required_error, description } = params;
  if (errorMap2 && (invalid_type_error || required_error)) {
    throw new Error(`Can't use "invalid_type_error" or "required_error" in conjunction with custom error map.`);
  }
  if (errorMap2)
    return { errorMap: errorMap2, description };
  const customMap = (iss, ctx) => {
    const { message } = params;
    if (iss.code === "invalid_enum_value") {
      return { message: message ?? ctx.defaultError };
    }
    if (typeof ctx.data === "undefined") {
      return { message: message ?? required_error ?? ctx.defaultError };
    }
    if (iss.code !== "invalid_type")
      return { message: ctx.defaultError };
    return { message: message ?? invalid_type_error ?? ctx.defaultError };
  };
  return { errorMap: customMap, description };
}
var ZodType = class {
  get description() {
    return this._def.description;
  }
  _getType(input) {
    return getParsedType(input.data);
  }
  _getOrReturnCtx(input, ctx) {
    return ctx || {
      common: input.parent.common,
      data: input.data,
      parsedType: getParsedType(input.data),
      schemaErrorMap: this._def.errorMap,
      path: input.path,
      parent: input.parent
    };
  }
  _processInputParams(input) {
    return {
      status: new ParseStatus(),
      ctx: {
        common: input.parent.common,
        data: input.data,
        parsedType: getParsedType(input.data),
        schemaErrorMap: this._def.errorMap,
        path: input.path,
        parent: input.parent
      }
    };
  }
  _parseSync(input) {
    const result = this._parse(input);
    if (isAsync(result)) {
      throw new Error("Synchronous parse encountered promise.");
    }
    return result;
  }
  _parseAsync(input) {
    const result = this._parse(input);
    return Promise.resolve(result);
  }
  parse(data, params) {
    const result = this.safeParse(data, params);
    if (result.success)
      return result.data;
    throw result.error;
  }
  safeParse(data, params) {
    const ctx = {
      common: {
        issues: [],
        async: params?.async ?? false,
        contextualErrorMap: params?.errorMap
      },
      path: params?.path || [],
      schemaErrorMap: this._def.errorMap,
      parent: null,
      data,
      parsedType: getParsedType(data)
    };
    const result = this._parseSync({ data, path: ctx.path, parent: ctx });
    return handleResult(ctx, result);
  }
  "~validate"(data) {
    const ctx = {
      common: {
        issues: [],
        async: !!this["~standard"].async
      },
      path: [],
      schemaErrorMap: this._def.errorMap,
      parent: null,
      data,
      parsedType: getParsedType(data)
    };
    if (!this["~standard"].async) {
      try {
        const result = this._parseSync({ data, path: [], parent: ctx });
        return isValid(result) ? {
          value: result.value
        } : {
          issues: ctx.common.issues
        };
      } catch (err) {
        if (err?.message?.toLowerCase()?.includes("encountered")) {
          this["~standard"].async = true;
        }
        ctx.common = {
          issues: [],
          async: true
        };
      }
    }
    return this._parseAsync({ data, path: [], parent: ctx }).then((result) => isValid(result) ? {
      value: result.value
    } : {
      issues: ctx.common.issues
    });
  }
  async parseAsync(data, params) {
    const result = await this.safeParseAsync(data, params);
    if (result.success)
      return result.data;
    throw result.error;
  }
  async safeParseAsync(data, params) {
    const ctx = {
      common: {
        issues: [],
        contextualErrorMap: params?.errorMap,
        async: true
      },
      path: params?.path || [],
      schemaErrorMap: this._def.errorMap,
      parent: null,
      data,
      parsedType: getParsedType(data)
    };
    const maybeAsyncResult = this._parse({ data, path: ctx.path, parent: ctx });
    const result = await (isAsync(maybeAsyncResult) ? maybeAsyncResult : Promise.resolve(maybeAsyncResult));
    return handleResult(ctx, result);
  }
  refine(check, message) {
    const getIssueProperties = (val) => {
      if (typeof message === "string" || typeof message === "undefined") {
        return { message };
      } else if (typeof message === "function") {
        return message(val);
      } else {
        return message;
      }
    };
    return this._refinement((val, ctx) => {
      const result = check(val);
      const setError = () => ctx.addIssue({
        code: ZodIssueCode.custom,
        ...getIssueProperties(val)
      });
      if (typeof Promise !== "undefined" && result instanceof Promise) {
        return result.then((data) => {
          if (!data) {
            setError();
            return false;
          } else {
            return true;
          }
        });
      }
      if (!result) {
        setError();
        return false;
      } else {
        return true;
      }
    });
  }
  refinement(check, refinementData) {
    return this._refinement((val, ctx) => {
      if (!check(val)) {
        ctx.addIssue(typeof refinementData === "function" ? refinementData(val, ctx) : refinementData);
        return false;
      } else {
        return true;
      }
    });
  }
  _refinement(refinement) {
    return new ZodEffects({
      schema: this,
      typeName: ZodFirstPartyTypeKind.ZodEffects,
      effect: { type: "refinement", refinement }
    });
  }
  superRefine(refinement) {
    return this._refinement(refinement);
  }
  constructor(def) {
    this.spa = this.safeParseAsync;
    this._def = def;
    this.parse = this.parse.bind(this);
    this.safeParse = this.safeParse.bind(this);
    this.parseAsync = this.parseAsync.bind(this);
    this.safeParseAsync = this.safeParseAsync.bind(this);
    this.spa = this.spa.bind(this);
    this.refine = this.refine.bind(this);
    this.refinement = this.refinement.bind(this);
    this.superRefine = this.superRefine.bind(this);
    this.optional = this.optional.bind(this);
    this.nullable = this.nullable.bind(this);
    this.nullish = this.nullish.bind(this);
    this.array = this.array.bind(this);
    this.promise = this.promise.bind(this);
    this.or = this.or.bind(this);
    this.and = this.and.bind(this);
    this.transform = this.transform.bind(this);
    this.brand = this.brand.bind(this);
    this.default = this.default.bind(this);
    this.catch = this.catch.bind(this);
    this.describe = this.describe.bind(this);
    this.pipe = this.pipe.bind(this);
    this.readonly = this.readonly.bind(this);
    this.isNullable = this.isNullable.bind(this);
    this.isOptional = this.isOptional.bind(this);
    this["~standard"] = {
      version: 1,
      vendor: "zod",
      validate: (data) => this["~validate"](data)
    };
  }
  optional() {
    return ZodOptional.create(this, this._def);
  }
  nullable() {
    return ZodNullable.create(this, this._def);
  }
  nullish() {
    return this.nullable().optional();
  }
  array() {
    return ZodArray.create(this);
  }
  promise() {
    return ZodPromise.create(this, this._def);
  }
  or(option) {
    return ZodUnion.create([this, option], this._def);
  }
  and(incoming) {
    return ZodIntersection.create(this, incoming, this._def);
  }
  transform(transform) {
    return new ZodEffects({
      ...processCreateParams(this._def),
      schema: this,
      typeName: ZodFirstPartyTypeKind.ZodEffects,
      effect: { type: "transform", transform }
    });
  }
  default(def) {
    const defaultValueFunc = typeof def === "function" ? def : () => def;
    return new ZodDefault({
      ...processCreateParams(this._def),
      innerType: this,
      defaultValue: defaultValueFunc,
      typeName: ZodFirstPartyTypeKind.ZodDefault
    });
  }
  brand() {
    return new ZodBranded({
      typeName: ZodFirstPartyTypeKind.ZodBranded,
      type: this,
      ...processCreateParams(this._def)
    });
  }
  catch(def) {
    const catchValueFunc = typeof def === "function" ? def : () => def;
    return new ZodCatch({
      ...processCreateParams(this._def),
      innerType: this,
      catchValue: catchValueFunc,
      typeName: ZodFirstPartyTypeKind.ZodCatch
    });
  }
  describe(description) {
    const This = this.constructor;
    return new This({
      ...this._def,
      description
    });
  }
  pipe(target) {
    return ZodPipeline.create(this, target);
  }
  readonly() {
    return ZodReadonly.create(this);
  }
  isOptional() {
    return this.safeParse(void 0).success;
  }
  isNullable() {
    return this.safeParse(null).success;
  }
};
var cuidRegex = /^c[^\s-]{8,}$/i;
var cuid2Regex = /^[0-9a-z]+$/;
var ulidRegex = /^[0-9A-HJKMNP-TV-Z]{26}$/i;
var uuidRegex = /^[0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}$/i;
var nanoidRegex = /^[a-z0-9_-]{21}$/i;
var jwtRegex = /^[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+\.[A-Za-z0-9-_]*$/;
var durationRegex = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
var emailRegex = /^(?!\.)(?!.*\.\.)([A-Z0-9_'+\-\.]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9\-]*\.)+[A-Z]{2,}$/i;
var _emojiRegex = `^(\\p{Extended_Pictographic}|\\p{Emoji_Component})+$`;
var emojiRegex;
var ipv4Regex = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv4CidrRegex = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/(3[0-2]|[12]?[0-9])$/;
var ipv6Regex = /^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$/;
var ipv6CidrRegex = /^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64Regex = /^([0-9a-zA-Z+/]{4})*(([0-9a-zA-Z+/]{2}==)|([0-9a-zA-Z+/]{3}=))?$/;
var base64urlRegex = /^([0-9a-zA-Z-_]{4})*(([0-9a-zA-Z-_]{2}(==)?)|([0-9a-zA-Z-_]{3}(=)?))?$/;
var dateRegexSource = `((\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|(02)-(0[1-9]|1\\d|2[0-8])))`;
var dateRegex = new RegExp(`^${dateRegexSource}$`);
function timeRegexSource(args) {
  let secondsRegexSource = `[0-5]\\d`;
  if (args.precision) {
    secondsRegexSource = `${secondsRegexSource}\\.\\d{${args.precision}}`;
  } else if (args.precision == null) {
    secondsRegexSource = `${secondsRegexSource}(\\.\\d+)?`;
  }
  const secondsQuantifier = args.precision ? "+" : "?";
  return `([01]\\d|2[0-3]):[0-5]\\d(:${secondsRegexSource})${secondsQuantifier}`;
}
function timeRegex(args) {
  return new RegExp(`^${timeRegexSource(args)}$`);
}
function datetimeRegex(args) {
  let regex = `${dateRegexSource}T${timeRegexSource(args)}`;
  const opts = [];
  opts.push(args.local ? `Z?` : `Z`);
  if (args.offset)
    opts.push(`([+-]\\d{2}:?\\d{2})`);
  regex = `${regex}(${opts.join("|")})`;
  return new RegExp(`^${regex}$`);
}
function isValidIP(ip, version) {
  if ((version === "v4" || !version) && ipv4Regex.test(ip)) {
    return true;
  }
  if ((version === "v6" || !version) && ipv6Regex.test(ip)) {
    return true;
  }
  return false;
}
function isValidJWT(jwt, alg) {
  if (!jwtRegex.test(jwt))
    return false;
  try {
    const [header] = jwt.split(".");
    if (!header)
      return false;
    const base64 = header.replace(/-/g, "+").replace(/_/g, "/").padEnd(header.length + (4 - header.length % 4) % 4, "=");
    const decoded = JSON.parse(atob(base64));
    if (typeof decoded !== "object" || decoded === null)
      return false;
    if ("typ" in decoded && decoded?.typ !== "JWT")
      return false;
    if (!decoded.alg)
      return false;
    if (alg && decoded.alg !== alg)
      return false;
    return true;
  } catch {
    return false;
  }
}
function isValidCidr(ip, version) {
  if ((version === "v4" || !version) && ipv4CidrRegex.test(ip)) {
    return true;
  }
  if ((version === "v6" || !version) && ipv6CidrRegex.test(ip)) {
    return true;
  }
  return false;
}
var ZodString = class _ZodString extends ZodType {
  _parse(input) {
    if (this._def.coerce) {
      input.data = String(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.string) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.string,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    const status = new ParseStatus();
    let ctx = void 0;
    for (const check of this._def.checks) {
      if (check.kind === "min") {
        if (input.data.length < check.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            minimum: check.value,
            type: "string",
            inclusive: true,
            exact: false,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "max") {
        if (input.data.length > check.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            maximum: check.value,
            type: "string",
            inclusive: true,
            exact: false,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "length") {
        const tooBig = input.data.length > check.value;
        const tooSmall = input.data.length < check.value;
        if (tooBig || tooSmall) {
          ctx = this._getOrReturnCtx(input, ctx);
          if (tooBig) {
            addIssueToContext(ctx, {
              code: ZodIssueCode.too_big,
              maximum: check.value,
              type: "string",
              inclusive: true,
              exact: true,
              message: check.message
            });
          } else if (tooSmall) {
            addIssueToContext(ctx, {
              code: ZodIssueCode.too_small,
              minimum: check.value,
              type: "string",
              inclusive: true,
              exact: true,
              message: check.message
            });
          }
          status.dirty();
        }
      } else if (check.kind === "email") {
        if (!emailRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "email",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "emoji") {
        if (!emojiRegex) {
          emojiRegex = new RegExp(_emojiRegex, "u");
        }
        if (!emojiRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "emoji",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "uuid") {
        if (!uuidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "uuid",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "nanoid") {
        if (!nanoidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "nanoid",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "cuid") {
        if (!cuidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "cuid",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "cuid2") {
        if (!cuid2Regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "cuid2",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "ulid") {
        if (!ulidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "ulid",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "url") {
        try {
          new URL(input.data);
        } catch {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "url",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "regex") {
        check.regex.lastIndex = 0;
        const testResult = check.regex.test(input.data);
        if (!testResult) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "regex",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "trim") {
        input.data = input.data.trim();
      } else if (check.kind === "includes") {
        if (!input.data.includes(check.value, check.position)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: { includes: check.value, position: check.position },
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "toLowerCase") {
        input.data = input.data.toLowerCase();
      } else if (check.kind === "toUpperCase") {
        input.data = input.data.toUpperCase();
      } else if (check.kind === "startsWith") {
        if (!input.data.startsWith(check.value)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: { startsWith: check.value },
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "endsWith") {
        if (!input.data.endsWith(check.value)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: { endsWith: check.value },
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "datetime") {
        const regex = datetimeRegex(check);
        if (!regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: "datetime",
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "date") {
        const regex = dateRegex;
        if (!regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: "date",
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "time") {
        const regex = timeRegex(check);
        if (!regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: "time",
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "duration") {
        if (!durationRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "duration",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "ip") {
        if (!isValidIP(input.data, check.version)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "ip",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "jwt") {
        if (!isValidJWT(input.data, check.alg)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "jwt",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "cidr") {
        if (!isValidCidr(input.data, check.version)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "cidr",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "base64") {
        if (!base64Regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "base64",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "base64url") {
        if (!base64urlRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "base64url",
            code: ZodIssueCode.invalid_string,
            message: check.message
          });
          status.dirty();
        }
      } else {
        util.assertNever(check);
      }
    }
    return { status: status.value, value: input.data };
  }
  _regex(regex, validation, message) {
    return this.refinement((data) => regex.test(data), {
      validation,
      code: ZodIssueCode.invalid_string,
      ...errorUtil.errToObj(message)
    });
  }
  _addCheck(check) {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, check]
    });
  }
  email(message) {
    return this._addCheck({ kind: "email", ...errorUtil.errToObj(message) });
  }
  url(message) {
    return this._addCheck({ kind: "url", ...errorUtil.errToObj(message) });
  }
  emoji(message) {
    return this._addCheck({ kind: "emoji", ...errorUtil.errToObj(message) });
  }
  uuid(message) {
    return this._addCheck({ kind: "uuid", ...errorUtil.errToObj(message) });
  }
  nanoid(message) {
    return this._addCheck({ kind: "nanoid", ...errorUtil.errToObj(message) });
  }
  cuid(message) {
    return this._addCheck({ kind: "cuid", ...errorUtil.errToObj(message) });
  }
  cuid2(message) {
    return this._addCheck({ kind: "cuid2", ...errorUtil.errToObj(message) });
  }
  ulid(message) {
    return this._addCheck({ kind: "ulid", ...errorUtil.errToObj(message) });
  }
  base64(message) {
    return this._addCheck({ kind: "base64", ...errorUtil.errToObj(message) });
  }
  base64url(message) {
    return this._addCheck({
      kind: "base64url",
      ...errorUtil.errToObj(message)
    });
  }
  jwt(options) {
    return this._addCheck({ kind: "jwt", ...errorUtil.errToObj(options) });
  }
  ip(options) {
    return this._addCheck({ kind: "ip", ...errorUtil.errToObj(options) });
  }
  cidr(options) {
    return this._addCheck({ kind: "cidr", ...errorUtil.errToObj(options) });
  }
  datetime(options) {
    if (typeof options === "string") {
      return this._addCheck({
        kind: "datetime",
        precision: null,
        offset: false,
        local: false,
        message: options
      });
    }
    return this._addCheck({
      kind: "datetime",
      precision: typeof options?.precision === "undefined" ? null : options?.precision,
      offset: options?.offset ?? false,
      local: options?.local ?? false,
      ...errorUtil.errToObj(options?.message)
    });
  }
  date(message) {
    return this._addCheck({ kind: "date", message });
  }
  time(options) {
    if (typeof options === "string") {
      return this._addCheck({
        kind: "time",
        precision: null,
        message: options
      });
    }
    return this._addCheck({
      kind: "time",
      precision: typeof options?.precision === "undefined" ? null : options?.precision,
      ...errorUtil.errToObj(options?.message)
    });
  }
  duration(message) {
    return this._addCheck({ kind: "duration", ...errorUtil.errToObj(message) });
  }
  regex(regex, message) {
    return this._addCheck({
      kind: "regex",
      regex,
      ...errorUtil.errToObj(message)
    });
  }
  includes(value, options) {
    return this._addCheck({
      kind: "includes",
      value,
      position: options?.position,
      ...errorUtil.errToObj(options?.message)
    });
  }
  startsWith(value, message) {
    return this._addCheck({
      kind: "startsWith",
      value,
      ...errorUtil.errToObj(message)
    });
  }
  endsWith(value, message) {
    return this._addCheck({
      kind: "endsWith",
      value,
      ...errorUtil.errToObj(message)
    });
  }
  min(minLength, message) {
    return this._addCheck({
      kind: "min",
      value: minLength,
      ...errorUtil.errToObj(message)
    });
  }
  max(maxLength, message) {
    return this._addCheck({
      kind: "max",
      value: maxLength,
      ...errorUtil.errToObj(message)
    });
  }
  length(len, message) {
    return this._addCheck({
      kind: "length",
      value: len,
      ...errorUtil.errToObj(message)
    });
  }
  /**
   * Equivalent to `.min(1)`
   */
  nonempty(message) {
    return this.min(1, errorUtil.errToObj(message));
  }
  trim() {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, { kind: "trim" }]
    });
  }
  toLowerCase() {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, { kind: "toLowerCase" }]
    });
  }
  toUpperCase() {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, { kind: "toUpperCase" }]
    });
  }
  get isDatetime() {
    return !!this._def.checks.find((ch) => ch.kind === "datetime");
  }
  get isDate() {
    return !!this._def.checks.find((ch) => ch.kind === "date");
  }
  get isTime() {
    return !!this._def.checks.find((ch) => ch.kind === "time");
  }
  get isDuration() {
    return !!this._def.checks.find((ch) => ch.kind === "duration");
  }
  get isEmail() {
    return !!this._def.checks.find((ch) => ch.kind === "email");
  }
  get isURL() {
    return !!this._def.checks.find((ch) => ch.kind === "url");
  }
  get isEmoji() {
    return !!this._def.checks.find((ch) => ch.kind === "emoji");
  }
  get isUUID() {
    return !!this._def.checks.find((ch) => ch.kind === "uuid");
  }
  get isNANOID() {
    return !!this._def.checks.find((ch) => ch.kind === "nanoid");
  }
  get isCUID() {
    return !!this._def.checks.find((ch) => ch.kind === "cuid");
  }
  get isCUID2() {
    return !!this._def.checks.find((ch) => ch.kind === "cuid2");
  }
  get isULID() {
    return !!this._def.checks.find((ch) => ch.kind === "ulid");
  }
  get isIP() {
    return !!this._def.checks.find((ch) => ch.kind === "ip");
  }
  get isCIDR() {
    return !!this._def.checks.find((ch) => ch.kind === "cidr");
  }
  get isBase64() {
    return !!this._def.checks.find((ch) => ch.kind === "base64");
  }
  get isBase64url() {
    return !!this._def.checks.find((ch) => ch.kind === "base64url");
  }
  get minLength() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min;
  }
  get maxLength() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max;
  }
};
ZodString.create = (params) => {
  return new ZodString({
    checks: [],
    typeName: ZodFirstPartyTypeKind.ZodString,
    coerce: params?.coerce ?? false,
    ...processCreateParams(params)
  });
};
function floatSafeRemainder(val, step) {
  const valDecCount = (val.toString().split(".")[1] || "").length;
  const stepDecCount = (step.toString().split(".")[1] || "").length;
  const decCount = valDecCount > stepDecCount ? valDecCount : stepDecCount;
  const valInt = Number.parseInt(val.toFixed(decCount).replace(".", ""));
  const stepInt = Number.parseInt(step.toFixed(decCount).replace(".", ""));
  return valInt % stepInt / 10 ** decCount;
}
var ZodNumber = class _ZodNumber extends ZodType {
  constructor() {
    super(...arguments);
    this.min = this.gte;
    this.max = this.lte;
    this.step = this.multipleOf;
  }
  _parse(input) {
    if (this._def.coerce) {
      input.data = Number(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.number) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.number,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    let ctx = void 0;
    const status = new ParseStatus();
    for (const check of this._def.checks) {
      if (check.kind === "int") {
        if (!util.isInteger(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_type,
            expected: "integer",
            received: "float",
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "min") {
        const tooSmall = check.inclusive ? input.data < check.value : input.data <= check.value;
        if (tooSmall) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            minimum: check.value,
            type: "number",
            inclusive: check.inclusive,
            exact: false,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "max") {
        const tooBig = check.inclusive ? input.data > check.value : input.data >= check.value;
        if (tooBig) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            maximum: check.value,
            type: "number",
            inclusive: check.inclusive,
            exact: false,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "multipleOf") {
        if (floatSafeRemainder(input.data, check.value) !== 0) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.not_multiple_of,
            multipleOf: check.value,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "finite") {
        if (!Number.isFinite(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.not_finite,
            message: check.message
          });
          status.dirty();
        }
      } else {
        util.assertNever(check);
      }
    }
    return { status: status.value, value: input.data };
  }
  gte(value, message) {
    return this.setLimit("min", value, true, errorUtil.toString(message));
  }
  gt(value, message) {
    return this.setLimit("min", value, false, errorUtil.toString(message));
  }
  lte(value, message) {
    return this.setLimit("max", value, true, errorUtil.toString(message));
  }
  lt(value, message) {
    return this.setLimit("max", value, false, errorUtil.toString(message));
  }
  setLimit(kind, value, inclusive, message) {
    return new _ZodNumber({
      ...this._def,
      checks: [
        ...this._def.checks,
        {
          kind,
          value,
          inclusive,
          message: errorUtil.toString(message)
        }
      ]
    });
  }
  _addCheck(check) {
    return new _ZodNumber({
      ...this._def,
      checks: [...this._def.checks, check]
    });
  }
  int(message) {
    return this._addCheck({
      kind: "int",
      message: errorUtil.toString(message)
    });
  }
  positive(message) {
    return this._addCheck({
      kind: "min",
      value: 0,
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  negative(message) {
    return this._addCheck({
      kind: "max",
      value: 0,
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  nonpositive(message) {
    return this._addCheck({
      kind: "max",
      value: 0,
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  nonnegative(message) {
    return this._addCheck({
      kind: "min",
      value: 0,
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  multipleOf(value, message) {
    return this._addCheck({
      kind: "multipleOf",
      value,
      message: errorUtil.toString(message)
    });
  }
  finite(message) {
    return this._addCheck({
      kind: "finite",
      message: errorUtil.toString(message)
    });
  }
  safe(message) {
    return this._addCheck({
      kind: "min",
      inclusive: true,
      value: Number.MIN_SAFE_INTEGER,
      message: errorUtil.toString(message)
    })._addCheck({
      kind: "max",
      inclusive: true,
      value: Number.MAX_SAFE_INTEGER,
      message: errorUtil.toString(message)
    });
  }
  get minValue() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min;
  }
  get maxValue() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max;
  }
  get isInt() {
    return !!this._def.checks.find((ch) => ch.kind === "int" || ch.kind === "multipleOf" && util.isInteger(ch.value));
  }
  get isFinite() {
    let max = null;
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "finite" || ch.kind === "int" || ch.kind === "multipleOf") {
        return true;
      } else if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      } else if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return Number.isFinite(min) && Number.isFinite(max);
  }
};
ZodNumber.create = (params) => {
  return new ZodNumber({
    checks: [],
    typeName: ZodFirstPartyTypeKind.ZodNumber,
    coerce: params?.coerce || false,
    ...processCreateParams(params)
  });
};
var ZodBigInt = class _ZodBigInt extends ZodType {
  constructor() {
    super(...arguments);
    this.min = this.gte;
    this.max = this.lte;
  }
  _parse(input) {
    if (this._def.coerce) {
      try {
        input.data = BigInt(input.data);
      } catch {
        return this._getInvalidInput(input);
      }
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.bigint) {
      return this._getInvalidInput(input);
    }
    let ctx = void 0;
    const status = new ParseStatus();
    for (const check of this._def.checks) {
      if (check.kind === "min") {
        const tooSmall = check.inclusive ? input.data < check.value : input.data <= check.value;
        if (tooSmall) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            type: "bigint",
            minimum: check.value,
            inclusive: check.inclusive,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "max") {
        const tooBig = check.inclusive ? input.data > check.value : input.data >= check.value;
        if (tooBig) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            type: "bigint",
            maximum: check.value,
            inclusive: check.inclusive,
            message: check.message
          });
          status.dirty();
        }
      } else if (check.kind === "multipleOf") {
        if (input.data % check.value !== BigInt(0)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.not_multiple_of,
            multipleOf: check.value,
            message: check.message
          });
          status.dirty();
        }
      } else {
        util.assertNever(check);
      }
    }
    return { status: status.value, value: input.data };
  }
  _getInvalidInput(input) {
    const ctx = this._getOrReturnCtx(input);
    addIssueToContext(ctx, {
      code: ZodIssueCode.invalid_type,
      expected: ZodParsedType.bigint,
      received: ctx.parsedType
    });
    return INVALID;
  }
  gte(value, message) {
    return this.setLimit("min", value, true, errorUtil.toString(message));
  }
  gt(value, message) {
    return this.setLimit("min", value, false, errorUtil.toString(message));
  }
  lte(value, message) {
    return this.setLimit("max", value, true, errorUtil.toString(message));
  }
  lt(value, message) {
    return this.setLimit("max", value, false, errorUtil.toString(message));
  }
  setLimit(kind, value, inclusive, message) {
    return new _ZodBigInt({
      ...this._def,
      checks: [
        ...this._def.checks,
        {
          kind,
          value,
          inclusive,
          message: errorUtil.toString(message)
        }
      ]
    });
  }
  _addCheck(check) {
    return new _ZodBigInt({
      ...this._def,
      checks: [...this._def.checks, check]
    });
  }
  positive(message) {
    return this._addCheck({
      kind: "min",
      value: BigInt(0),
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  negative(message) {
    return this._addCheck({
      kind: "max",
      value: BigInt(0),
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  nonpositive(message) {
    return this._addCheck({
      kind: "max",
      value: BigInt(0),
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  nonnegative(message) {
    return this._addCheck({
      kind: "min",
      value: BigInt(0),
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  multipleOf(value, message) {
    return this._addCheck({
      kind: "multipleOf",
      value,
      message: errorUtil.toString(message)
    });
  }
  get minValue() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min;
  }
  get maxValue() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max;
  }
};
ZodBigInt.create = (params) => {
  return new ZodBigInt({
    checks: [],
    typeName: ZodFirstPartyTypeKind.ZodBigInt,
    coerce: params?.coerce ?? false,
    ...processCreateParams(params)
  });
};
var ZodBoolean = class extends ZodType {
  _parse(input) {
    if (this._def.coerce) {
      input.data = Boolean(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.boolean) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.boolean,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodBoolean.create = (params) => {
  return new ZodBoolean({
    typeName: ZodFirstPartyTypeKind.ZodBoolean,
    coerce: params?.coerce || false,
    ...processCreateParams(params)
  });
};
var ZodDate = class _ZodDate extends ZodType {
  _parse(input) {
    if (this._def.coerce) {
      input.data = new Date(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.date) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.date,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    if (Number.isNaN(input.data.getTime())) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_date
      });
      return INVALID;
    }
    const status = new ParseStatus();
    let ctx = void 0;
    for (const check of this._def.checks) {
      if (check.kind === "min") {
        if (input.data.getTime() < check.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            message: check.message,
            inclusive: true,
            exact: false,
            minimum: check.value,
            type: "date"
          });
          status.dirty();
        }
      } else if (check.kind === "max") {
        if (input.data.getTime() > check.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            message: check.message,
            inclusive: true,
            exact: false,
            maximum: check.value,
            type: "date"
          });
          status.dirty();
        }
      } else {
        util.assertNever(check);
      }
    }
    return {
      status: status.value,
      value: new Date(input.data.getTime())
    };
  }
  _addCheck(check) {
    return new _ZodDate({
      ...this._def,
      checks: [...this._def.checks, check]
    });
  }
  min(minDate, message) {
    return this._addCheck({
      kind: "min",
      value: minDate.getTime(),
      message: errorUtil.toString(message)
    });
  }
  max(maxDate, message) {
    return this._addCheck({
      kind: "max",
      value: maxDate.getTime(),
      message: errorUtil.toString(message)
    });
  }
  get minDate() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min != null ? new Date(min) : null;
  }
  get maxDate() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max != null ? new Date(max) : null;
  }
};
ZodDate.create = (params) => {
  return new ZodDate({
    checks: [],
    coerce: params?.coerce || false,
    typeName: ZodFirstPartyTypeKind.ZodDate,
    ...processCreateParams(params)
  });
};
var ZodSymbol = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.symbol) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.symbol,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodSymbol.create = (params) => {
  return new ZodSymbol({
    typeName: ZodFirstPartyTypeKind.ZodSymbol,
    ...processCreateParams(params)
  });
};
var ZodUndefined = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.undefined) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.undefined,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodUndefined.create = (params) => {
  return new ZodUndefined({
    typeName: ZodFirstPartyTypeKind.ZodUndefined,
    ...processCreateParams(params)
  });
};
var ZodNull = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.null) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.null,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodNull.create = (params) => {
  return new ZodNull({
    typeName: ZodFirstPartyTypeKind.ZodNull,
    ...processCreateParams(params)
  });
};
var ZodAny = class extends ZodType {
  constructor() {
    super(...arguments);
    this._any = true;
  }
  _parse(input) {
    return OK(input.data);
  }
};
ZodAny.create = (params) => {
  return new ZodAny({
    typeName: ZodFirstPartyTypeKind.ZodAny,
    ...processCreateParams(params)
  });
};
var ZodUnknown = class extends ZodType {
  constructor() {
    super(...arguments);
    this._unknown = true;
  }
  _parse(input) {
    return OK(input.data);
  }
};
ZodUnknown.create = (params) => {
  return new ZodUnknown({
    typeName: ZodFirstPartyTypeKind.ZodUnknown,
    ...processCreateParams(params)
  });
};
var ZodNever = class extends ZodType {
  _parse(input) {
    const ctx = this._getOrReturnCtx(input);
    addIssueToContext(ctx, {
      code: ZodIssueCode.invalid_type,
      expected: ZodParsedType.never,
      received: ctx.parsedType
    });
    return INVALID;
  }
};
ZodNever.create = (params) => {
  return new ZodNever({
    typeName: ZodFirstPartyTypeKind.ZodNever,
    ...processCreateParams(params)
  });
};
var ZodVoid = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.undefined) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.void,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodVoid.create = (params) => {
  return new ZodVoid({
    typeName: ZodFirstPartyTypeKind.ZodVoid,
    ...processCreateParams(params)
  });
};
var ZodArray = class _ZodArray extends ZodType {
  _parse(input) {
    const { ctx, status } = this._processInputParams(input);
    const def = this._def;
    if (ctx.parsedType !== ZodParsedType.array) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.array,
        received: ctx.parsedType
      });
      return INVALID;
    }
    if (def.exactLength !== null) {
      const tooBig = ctx.data.length > def.exactLength.value;
      const tooSmall = ctx.data.length < def.exactLength.value;
      if (tooBig || tooSmall) {
        addIssueToContext(ctx, {
          code: tooBig ? ZodIssueCode.too_big : ZodIssueCode.too_small,
          minimum: tooSmall ? def.exactLength.value : void 0,
          maximum: tooBig ? def.exactLength.value : void 0,
          type: "array",
          inclusive: true,
          exact: true,
          message: def.exactLength.message
        });
        status.dirty();
      }
    }
    if (def.minLength !== null) {
      if (ctx.data.length < def.minLength.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_small,
          minimum: def.minLength.value,
          type: "array",
          inclusive: true,
          exact: false,
          message: def.minLength.message
        });
        status.dirty();
      }
    }
    if (def.maxLength !== null) {
      if (ctx.data.length > def.maxLength.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_big,
          maximum: def.maxLength.value,
          type: "array",
          inclusive: true,
          exact: false,
          message: def.maxLength.message
        });
        status.dirty();
      }
    }
    if (ctx.common.async) {
      return Promise.all([...ctx.data].map((item, i) => {
        return def.type._parseAsync(new ParseInputLazyPath(ctx, item, ctx.path, i));
      })).then((result2) => {
        return ParseStatus.mergeArray(status, result2);
      });
    }
    const result = [...ctx.data].map((item, i) => {
      return def.type._parseSync(new ParseInputLazyPath(ctx, item, ctx.path, i));
    });
    return ParseStatus.mergeArray(status, result);
  }
  get element() {
    return this._def.type;
  }
  min(minLength, message) {
    return new _ZodArray({
      ...this._def,
      minLength: { value: minLength, message: errorUtil.toString(message) }
    });
  }
  max(maxLength, message) {
    return new _ZodArray({
      ...this._def,
      maxLength: { value: maxLength, message: errorUtil.toString(message) }
    });
  }
  length(len, message) {
    return new _ZodArray({
      ...this._def,
      exactLength: { value: len, message: errorUtil.toString(message) }
    });
  }
  nonempty(message) {
    return this.min(1, message);
  }
};
ZodArray.create = (schema, params) => {
  return new ZodArray({
    type: schema,
    minLength: null,
    maxLength: null,
    exactLength: null,
    typeName: ZodFirstPartyTypeKind.ZodArray,
    ...processCreateParams(params)
  });
};
function deepPartialify(schema) {
  if (schema instanceof ZodObject) {
    const newShape = {};
    for (const key in schema.shape) {
      const fieldSchema = schema.shape[key];
      newShape[key] = ZodOptional.create(deepPartialify(fieldSchema));
    }
    return new ZodObject({
      ...schema._def,
      shape: () => newShape
    });
  } else if (schema instanceof ZodArray) {
    return new ZodArray({
      ...schema._def,
      type: deepPartialify(schema.element)
    });
  } else if (schema instanceof ZodOptional) {
    return ZodOptional.create(deepPartialify(schema.unwrap()));
  } else if (schema instanceof ZodNullable) {
    return ZodNullable.create(deepPartialify(schema.unwrap()));
  } else if (schema instanceof ZodTuple) {
    return ZodTuple.create(schema.items.map((item) => deepPartialify(item)));
  } else {
    return schema;
  }
}
var ZodObject = class _ZodObject extends ZodType {
  constructor() {
    super(...arguments);
    this._cached = null;
    this.nonstrict = this.passthrough;
    this.augment = this.extend;
  }
  _getCached() {
    if (this._cached !== null)
      return this._cached;
    const shape = this._def.shape();
    const keys = util.objectKeys(shape);
    this._cached = { shape, keys };
    return this._cached;
  }
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.object) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.object,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    const { status, ctx } = this._processInputParams(input);
    const { shape, keys: shapeKeys } = this._getCached();
    const extraKeys = [];
    if (!(this._def.catchall instanceof ZodNever && this._def.unknownKeys === "strip")) {
      for (const key in ctx.data) {
        if (!shapeKeys.includes(key)) {
          extraKeys.push(key);
        }
      }
    }
    const pairs = [];
    for (const key of shapeKeys) {
      const keyValidator = shape[key];
      const value = ctx.data[key];
      pairs.push({
        key: { status: "valid", value: key },
        value: keyValidator._parse(new ParseInputLazyPath(ctx, value, ctx.path, key)),
        alwaysSet: key in ctx.data
      });
    }
    if (this._def.catchall instanceof ZodNever) {
      const unknownKeys = this._def.unknownKeys;
      if (unknownKeys === "passthrough") {
        for (const key of extraKeys) {
          pairs.push({
            key: { status: "valid", value: key },
            value: { status: "valid", value: ctx.data[key] }
          });
        }
      } else if (unknownKeys === "strict") {
        if (extraKeys.length > 0) {
          addIssueToContext(ctx, {
            code: ZodIssueCode.unrecognized_keys,
            keys: extraKeys
          });
          status.dirty();
        }
      } else if (unknownKeys === "strip") {
      } else {
        throw new Error(`Internal ZodObject error: invalid unknownKeys value.`);
      }
    } else {
      const catchall = this._def.catchall;
      for (const key of extraKeys) {
        const value = ctx.data[key];
        pairs.push({
          key: { status: "valid", value: key },
          value: catchall._parse(
            new ParseInputLazyPath(ctx, value, ctx.path, key)
            //, ctx.child(key), value, getParsedType(value)
          ),
          alwaysSet: key in ctx.data
        });
      }
    }
    if (ctx.common.async) {
      return Promise.resolve().then(async () => {
        const syncPairs = [];
        for (const pair of pairs) {
          const key = await pair.key;
          const value = await pair.value;
          syncPairs.push({
            key,
            value,
            alwaysSet: pair.alwaysSet
          });
        }
        return syncPairs;
      }).then((syncPairs) => {
        return ParseStatus.mergeObjectSync(status, syncPairs);
      });
    } else {
      return ParseStatus.mergeObjectSync(status, pairs);
    }
  }
  get shape() {
    return this._def.shape();
  }
  strict(message) {
    errorUtil.errToObj;
    return new _ZodObject({
      ...this._def,
      unknownKeys: "strict",
      ...message !== void 0 ? {
        errorMap: (issue, ctx) => {
          const defaultError = this._def.errorMap?.(issue, ctx).message ?? ctx.defaultError;
          if (issue.code === "unrecognized_keys")
            return {
              message: errorUtil.errToObj(message).message ?? defaultError
            };
          return {
            message: defaultError
          };
        }
      } : {}
    });
  }
  strip() {
    return new _ZodObject({
      ...this._def,
      unknownKeys: "strip"
    });
  }
  passthrough() {
    return new _ZodObject({
      ...this._def,
      unknownKeys: "passthrough"
    });
  }
  // const AugmentFactory =
  //   <Def extends ZodObjectDef>(def: Def) =>
  //   <Augmentation extends ZodRawShape>(
  //     augmentation: Augmentation
  //   ): ZodObject<
  //     extendShape<ReturnType<Def["shape"]>, Augmentation>,
  //     Def["unknownKeys"],
  //     Def["catchall"]
  //   > => {
  //     return new ZodObject({
  //       ...def,
  //       shape: () => ({
  //         ...def.shape(),
  //         ...augmentation,
  //       }),
  //     }) as any;
  //   };
  extend(augmentation) {
    return new _ZodObject({
      ...this._def,
      shape: () => ({
        ...this._def.shape(),
        ...augmentation
      })
    });
  }
  /**
   * Prior to zod@1.0.12 there was a bug in the
   * inferred type of merged objects. Please
   * upgrade if you are experiencing issues.
   */
  merge(merging) {
    const merged = new _ZodObject({
      unknownKeys: merging._def.unknownKeys,
      catchall: merging._def.catchall,
      shape: () => ({
        ...this._def.shape(),
        ...merging._def.shape()
      }),
      typeName: ZodFirstPartyTypeKind.ZodObject
    });
    return merged;
  }
  // merge<
  //   Incoming extends AnyZodObject,
  //   Augmentation extends Incoming["shape"],
  //   NewOutput extends {
  //     [k in keyof Augmentation | keyof Output]: k extends keyof Augmentation
  //       ? Augmentation[k]["_output"]
  //       : k extends keyof Output
  //       ? Output[k]
  //       : never;
  //   },
  //   NewInput extends {
  //     [k in keyof Augmentation | keyof Input]: k extends keyof Augmentation
  //       ? Augmentation[k]["_input"]
  //       : k extends keyof Input
  //       ? Input[k]
  //       : never;
  //   }
  // >(
  //   merging: Incoming
  // ): ZodObject<
  //   extendShape<T, ReturnType<Incoming["_def"]["shape"]>>,
  //   Incoming["_def"]["unknownKeys"],
  //   Incoming["_def"]["catchall"],
  //   NewOutput,
  //   NewInput
  // > {
  //   const merged: any = new ZodObject({
  //     unknownKeys: merging._def.unknownKeys,
  //     catchall: merging._def.catchall,
  //     shape: () =>
  //       objectUtil.mergeShapes(this._def.shape(), merging._def.shape()),
  //     typeName: ZodFirstPartyTypeKind.ZodObject,
  //   }) as any;
  //   return merged;
  // }
  setKey(key, schema) {
    return this.augment({ [key]: schema });
  }
  // merge<Incoming extends AnyZodObject>(
  //   merging: Incoming
  // ): //ZodObject<T & Incoming["_shape"], UnknownKeys, Catchall> = (merging) => {
  // ZodObject<
  //   extendShape<T, ReturnType<Incoming["_def"]["shape"]>>,
  //   Incoming["_def"]["unknownKeys"],
  //   Incoming["_def"]["catchall"]
  // > {
  //   // const mergedShape = objectUtil.mergeShapes(
  //   //   this._def.shape(),
  //   //   merging._def.shape()
  //   // );
  //   const merged: any = new ZodObject({
  //     unknownKeys: merging._def.unknownKeys,
  //     catchall: merging._def.catchall,
  //     shape: () =>
  //       objectUtil.mergeShapes(this._def.shape(), merging._def.shape()),
  //     typeName: ZodFirstPartyTypeKind.ZodObject,
  //   }) as any;
  //   return merged;
  // }
  catchall(index) {
    return new _ZodObject({
      ...this._def,
      catchall: index
    });
  }
  pick(mask) {
    const shape = {};
    for (const key of util.objectKeys(mask)) {
      if (mask[key] && this.shape[key]) {
        shape[key] = this.shape[key];
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => shape
    });
  }
  omit(mask) {
    const shape = {};
    for (const key of util.objectKeys(this.shape)) {
      if (!mask[key]) {
        shape[key] = this.shape[key];
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => shape
    });
  }
  /**
   * @deprecated
   */
  deepPartial() {
    return deepPartialify(this);
  }
  partial(mask) {
    const newShape = {};
    for (const key of util.objectKeys(this.shape)) {
      const fieldSchema = this.shape[key];
      if (mask && !mask[key]) {
        newShape[key] = fieldSchema;
      } else {
        newShape[key] = fieldSchema.optional();
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => newShape
    });
  }
  required(mask) {
    const newShape = {};
    for (const key of util.objectKeys(this.shape)) {
      if (mask && !mask[key]) {
        newShape[key] = this.shape[key];
      } else {
        const fieldSchema = this.shape[key];
        let newField = fieldSchema;
        while (newField instanceof ZodOptional) {
          newField = newField._def.innerType;
        }
        newShape[key] = newField;
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => newShape
    });
  }
  keyof() {
    return createZodEnum(util.objectKeys(this.shape));
  }
};
ZodObject.create = (shape, params) => {
  return new ZodObject({
    shape: () => shape,
    unknownKeys: "strip",
    catchall: ZodNever.create(),
    typeName: ZodFirstPartyTypeKind.ZodObject,
    ...processCreateParams(params)
  });
};
ZodObject.strictCreate = (shape, params) => {
  return new ZodObject({
    shape: () => shape,
    unknownKeys: "strict",
    catchall: ZodNever.create(),
    typeName: ZodFirstPartyTypeKind.ZodObject,
    ...processCreateParams(params)
  });
};
ZodObject.lazycreate = (shape, params) => {
  return new ZodObject({
    shape,
    unknownKeys: "strip",
    catchall: ZodNever.create(),
    typeName: ZodFirstPartyTypeKind.ZodObject,
    ...processCreateParams(params)
  });
};
var ZodUnion = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const options = this._def.options;
    function handleResults(results) {
      for (const result of results) {
        if (result.result.status === "valid") {
          return result.result;
        }
      }
      for (const result of results) {
        if (result.result.status === "dirty") {
          ctx.common.issues.push(...result.ctx.common.issues);
          return result.result;
        }
      }
      const unionErrors = results.map((result) => new ZodError(result.ctx.common.issues));
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_union,
        unionErrors
      });
      return INVALID;
    }
    if (ctx.common.async) {
      return Promise.all(options.map(async (option) => {
        const childCtx = {
          ...ctx,
          common: {
            ...ctx.common,
            issues: []
          },
          parent: null
        };
        return {
          result: await option._parseAsync({
            data: ctx.data,
            path: ctx.path,
            parent: childCtx
          }),
          ctx: childCtx
        };
      })).then(handleResults);
    } else {
      let dirty = void 0;
      const issues = [];
      for (const option of options) {
        const childCtx = {
          ...ctx,
          common: {
            ...ctx.common,
            issues: []
          },
          parent: null
        };
        const result = option._parseSync({
          data: ctx.data,
          path: ctx.path,
          parent: childCtx
        });
        if (result.status === "valid") {
          return result;
        } else if (result.status === "dirty" && !dirty) {
          dirty = { result, ctx: childCtx };
        }
        if (childCtx.common.issues.length) {
          issues.push(childCtx.common.issues);
        }
      }
      if (dirty) {
        ctx.common.issues.push(...dirty.ctx.common.issues);
        return dirty.result;
      }
      const unionErrors = issues.map((issues2) => new ZodError(issues2));
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_union,
        unionErrors
      });
      return INVALID;
    }
  }
  get options() {
    return this._def.options;
  }
};
ZodUnion.create = (types, params) => {
  return new ZodUnion({
    options: types,
    typeName: ZodFirstPartyTypeKind.ZodUnion,
    ...processCreateParams(params)
  });
};
var getDiscriminator = (type) => {
  if (type instanceof ZodLazy) {
    return getDiscriminator(type.schema);
  } else if (type instanceof ZodEffects) {
    return getDiscriminator(type.innerType());
  } else if (type instanceof ZodLiteral) {
    return [type.value];
  } else if (type instanceof ZodEnum) {
    return type.options;
  } else if (type instanceof ZodNativeEnum) {
    return util.objectValues(type.enum);
  } else if (type instanceof ZodDefault) {
    return getDiscriminator(type._def.innerType);
  } else if (type instanceof ZodUndefined) {
    return [void 0];
  } else if (type instanceof ZodNull) {
    return [null];
  } else if (type instanceof ZodOptional) {
    return [void 0, ...getDiscriminator(type.unwrap())];
  } else if (type instanceof ZodNullable) {
    return [null, ...getDiscriminator(type.unwrap())];
  } else if (type instanceof ZodBranded) {
    return getDiscriminator(type.unwrap());
  } else if (type instanceof ZodReadonly) {
    return getDiscriminator(type.unwrap());
  } else if (type instanceof ZodCatch) {
    return getDiscriminator(type._def.innerType);
  } else {
    return [];
  }
};
var ZodDiscriminatedUnion = class _ZodDiscriminatedUnion extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.object) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.object,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const discriminator = this.discriminator;
    const discriminatorValue = ctx.data[discriminator];
    const option = this.optionsMap.get(discriminatorValue);
    if (!option) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_union_discriminator,
        options: Array.from(this.optionsMap.keys()),
        path: [discriminator]
      });
      return INVALID;
    }
    if (ctx.common.async) {
      return option._parseAsync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      });
    } else {
      return option._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      });
    }
  }
  get discriminator() {
    return this._def.discriminator;
  }
  get options() {
    return this._def.options;
  }
  get optionsMap() {
    return this._def.optionsMap;
  }
  /**
   * The constructor of the discriminated union schema. Its behaviour is very similar to that of the normal z.union() constructor.
   * However, it only allows a union of objects, all of which need to share a discriminator property. This property must
   * have a different value for each object in the union.
   * @param discriminator the name of the discriminator property
   * @param types an array of object schemas
   * @param params
   */
  static create(discriminator, options, params) {
    const optionsMap = /* @__PURE__ */ new Map();
    for (const type of options) {
      const discriminatorValues = getDiscriminator(type.shape[discriminator]);
      if (!discriminatorValues.length) {
        throw new Error(`A discriminator value for key \`${discriminator}\` could not be extracted from all schema options`);
      }
      for (const value of discriminatorValues) {
        if (optionsMap.has(value)) {
          throw new Error(`Discriminator property ${String(discriminator)} has duplicate value ${String(value)}`);
        }
        optionsMap.set(value, type);
      }
    }
    return new _ZodDiscriminatedUnion({
      typeName: ZodFirstPartyTypeKind.ZodDiscriminatedUnion,
      discriminator,
      options,
      optionsMap,
      ...processCreateParams(params)
    });
  }
};
function mergeValues(a, b) {
  const aType = getParsedType(a);
  const bType = getParsedType(b);
  if (a === b) {
    return { valid: true, data: a };
  } else if (aType === ZodParsedType.object && bType === ZodParsedType.object) {
    const bKeys = util.objectKeys(b);
    const sharedKeys = util.objectKeys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    for (const key of sharedKeys) {
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return { valid: false };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  } else if (aType === ZodParsedType.array && bType === ZodParsedType.array) {
    if (a.length !== b.length) {
      return { valid: false };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return { valid: false };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  } else if (aType === ZodParsedType.date && bType === ZodParsedType.date && +a === +b) {
    return { valid: true, data: a };
  } else {
    return { valid: false };
  }
}
var ZodIntersection = class extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    const handleParsed = (parsedLeft, parsedRight) => {
      if (isAborted(parsedLeft) || isAborted(parsedRight)) {
        return INVALID;
      }
      const merged = mergeValues(parsedLeft.value, parsedRight.value);
      if (!merged.valid) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.invalid_intersection_types
        });
        return INVALID;
      }
      if (isDirty(parsedLeft) || isDirty(parsedRight)) {
        status.dirty();
      }
      return { status: status.value, value: merged.data };
    };
    if (ctx.common.async) {
      return Promise.all([
        this._def.left._parseAsync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        }),
        this._def.right._parseAsync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        })
      ]).then(([left, right]) => handleParsed(left, right));
    } else {
      return handleParsed(this._def.left._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      }), this._def.right._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      }));
    }
  }
};
ZodIntersection.create = (left, right, params) => {
  return new ZodIntersection({
    left,
    right,
    typeName: ZodFirstPartyTypeKind.ZodIntersection,
    ...processCreateParams(params)
  });
};
var ZodTuple = class _ZodTuple extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.array) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.array,
        received: ctx.parsedType
      });
      return INVALID;
    }
    if (ctx.data.length < this._def.items.length) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.too_small,
        minimum: this._def.items.length,
        inclusive: true,
        exact: false,
        type: "array"
      });
      return INVALID;
    }
    const rest = this._def.rest;
    if (!rest && ctx.data.length > this._def.items.length) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.too_big,
        maximum: this._def.items.length,
        inclusive: true,
        exact: false,
        type: "array"
      });
      status.dirty();
    }
    const items = [...ctx.data].map((item, itemIndex) => {
      const schema = this._def.items[itemIndex] || this._def.rest;
      if (!schema)
        return null;
      return schema._parse(new ParseInputLazyPath(ctx, item, ctx.path, itemIndex));
    }).filter((x) => !!x);
    if (ctx.common.async) {
      return Promise.all(items).then((results) => {
        return ParseStatus.mergeArray(status, results);
      });
    } else {
      return ParseStatus.mergeArray(status, items);
    }
  }
  get items() {
    return this._def.items;
  }
  rest(rest) {
    return new _ZodTuple({
      ...this._def,
      rest
    });
  }
};
ZodTuple.create = (schemas, params) => {
  if (!Array.isArray(schemas)) {
    throw new Error("You must pass an array of schemas to z.tuple([ ... ])");
  }
  return new ZodTuple({
    items: schemas,
    typeName: ZodFirstPartyTypeKind.ZodTuple,
    rest: null,
    ...processCreateParams(params)
  });
};
var ZodRecord = class _ZodRecord extends ZodType {
  get keySchema() {
    return this._def.keyType;
  }
  get valueSchema() {
    return this._def.valueType;
  }
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.object) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.object,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const pairs = [];
    const keyType = this._def.keyType;
    const valueType = this._def.valueType;
    for (const key in ctx.data) {
      pairs.push({
        key: keyType._parse(new ParseInputLazyPath(ctx, key, ctx.path, key)),
        value: valueType._parse(new ParseInputLazyPath(ctx, ctx.data[key], ctx.path, key)),
        alwaysSet: key in ctx.data
      });
    }
    if (ctx.common.async) {
      return ParseStatus.mergeObjectAsync(status, pairs);
    } else {
      return ParseStatus.mergeObjectSync(status, pairs);
    }
  }
  get element() {
    return this._def.valueType;
  }
  static create(first, second, third) {
    if (second instanceof ZodType) {
      return new _ZodRecord({
        keyType: first,
        valueType: second,
        typeName: ZodFirstPartyTypeKind.ZodRecord,
        ...processCreateParams(third)
      });
    }
    return new _ZodRecord({
      keyType: ZodString.create(),
      valueType: first,
      typeName: ZodFirstPartyTypeKind.ZodRecord,
      ...processCreateParams(second)
    });
  }
};
var ZodMap = class extends ZodType {
  get keySchema() {
    return this._def.keyType;
  }
  get valueSchema() {
    return this._def.valueType;
  }
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.map) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.map,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const keyType = this._def.keyType;
    const valueType = this._def.valueType;
    const pairs = [...ctx.data.entries()].map(([key, value], index) => {
      return {
        key: keyType._parse(new ParseInputLazyPath(ctx, key, ctx.path, [index, "key"])),
        value: valueType._parse(new ParseInputLazyPath(ctx, value, ctx.path, [index, "value"]))
      };
    });
    if (ctx.common.async) {
      const finalMap = /* @__PURE__ */ new Map();
      return Promise.resolve().then(async () => {
        for (const pair of pairs) {
          const key = await pair.key;
          const value = await pair.value;
          if (key.status === "aborted" || value.status === "aborted") {
            return INVALID;
          }
          if (key.status === "dirty" || value.status === "dirty") {
            status.dirty();
          }
          finalMap.set(key.value, value.value);
        }
        return { status: status.value, value: finalMap };
      });
    } else {
      const finalMap = /* @__PURE__ */ new Map();
      for (const pair of pairs) {
        const key = pair.key;
        const value = pair.value;
        if (key.status === "aborted" || value.status === "aborted") {
          return INVALID;
        }
        if (key.status === "dirty" || value.status === "dirty") {
          status.dirty();
        }
        finalMap.set(key.value, value.value);
      }
      return { status: status.value, value: finalMap };
    }
  }
};
ZodMap.create = (keyType, valueType, params) => {
  return new ZodMap({
    valueType,
    keyType,
    typeName: ZodFirstPartyTypeKind.ZodMap,
    ...processCreateParams(params)
  });
};
var ZodSet = class _ZodSet extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.set) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.set,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const def = this._def;
    if (def.minSize !== null) {
      if (ctx.data.size < def.minSize.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_small,
          minimum: def.minSize.value,
          type: "set",
          inclusive: true,
          exact: false,
          message: def.minSize.message
        });
        status.dirty();
      }
    }
    if (def.maxSize !== null) {
      if (ctx.data.size > def.maxSize.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_big,
          maximum: def.maxSize.value,
          type: "set",
          inclusive: true,
          exact: false,
          message: def.maxSize.message
        });
        status.dirty();
      }
    }
    const valueType = this._def.valueType;
    function finalizeSet(elements2) {
      const parsedSet = /* @__PURE__ */ new Set();
      for (const element of elements2) {
        if (element.status === "aborted")
          return INVALID;
        if (element.status === "dirty")
          status.dirty();
        parsedSet.add(element.value);
      }
      return { status: status.value, value: parsedSet };
    }
    const elements = [...ctx.data.values()].map((item, i) => valueType._parse(new ParseInputLazyPath(ctx, item, ctx.path, i)));
    if (ctx.common.async) {
      return Promise.all(elements).then((elements2) => finalizeSet(elements2));
    } else {
      return finalizeSet(elements);
    }
  }
  min(minSize, message) {
    return new _ZodSet({
      ...this._def,
      minSize: { value: minSize, message: errorUtil.toString(message) }
    });
  }
  max(maxSize, message) {
    return new _ZodSet({
      ...this._def,
      maxSize: { value: maxSize, message: errorUtil.toString(message) }
    });
  }
  size(size2, message) {
    return this.min(size2, message).max(size2, message);
  }
  nonempty(message) {
    return this.min(1, message);
  }
};
ZodSet.create = (valueType, params) => {
  return new ZodSet({
    valueType,
    minSize: null,
    maxSize: null,
    typeName: ZodFirstPartyTypeKind.ZodSet,
    ...processCreateParams(params)
  });
};
var ZodFunction = class _ZodFunction extends ZodType {
  constructor() {
    super(...arguments);
    this.validate = this.implement;
  }
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.function) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.function,
        received: ctx.parsedType
      });
      return INVALID;
    }
    function makeArgsIssue(args, error) {
      return makeIssue({
        data: args,
        path: ctx.path,
        errorMaps: [ctx.common.contextualErrorMap, ctx.schemaErrorMap, getErrorMap(), en_default].filter((x) => !!x),
        issueData: {
          code: ZodIssueCode.invalid_arguments,
          argumentsError: error
        }
      });
    }
    function makeReturnsIssue(returns, error) {
      return makeIssue({
        data: returns,
        path: ctx.path,
        errorMaps: [ctx.common.contextualErrorMap, ctx.schemaErrorMap, getErrorMap(), en_default].filter((x) => !!x),
        issueData: {
          code: ZodIssueCode.invalid_return_type,
          returnTypeError: error
        }
      });
    }
    const params = { errorMap: ctx.common.contextualErrorMap };
    const fn = ctx.data;
    if (this._def.returns instanceof ZodPromise) {
      const me = this;
      return OK(async function(...args) {
        const error = new ZodError([]);
        const parsedArgs = await me._def.args.parseAsync(args, params).catch((e) => {
          error.addIssue(makeArgsIssue(args, e));
          throw error;
        });
        const result = await Reflect.apply(fn, this, parsedArgs);
        const parsedReturns = await me._def.returns._def.type.parseAsync(result, params).catch((e) => {
          error.addIssue(makeReturnsIssue(result, e));
          throw error;
        });
        return parsedReturns;
      });
    } else {
      const me = this;
      return OK(function(...args) {
        const parsedArgs = me._def.args.safeParse(args, params);
        if (!parsedArgs.success) {
          throw new ZodError([makeArgsIssue(args, parsedArgs.error)]);
        }
        const result = Reflect.apply(fn, this, parsedArgs.data);
        const parsedReturns = me._def.returns.safeParse(result, params);
        if (!parsedReturns.success) {
          throw new ZodError([makeReturnsIssue(result, parsedReturns.error)]);
        }
        return parsedReturns.data;
      });
    }
  }
  parameters() {
    return this._def.args;
  }
  returnType() {
    return this._def.returns;
  }
  args(...items) {
    return new _ZodFunction({
      ...this._def,
      args: ZodTuple.create(items).rest(ZodUnknown.create())
    });
  }
  returns(returnType) {
    return new _ZodFunction({
      ...this._def,
      returns: returnType
    });
  }
  implement(func) {
    const validatedFunc = this.parse(func);
    return validatedFunc;
  }
  strictImplement(func) {
    const validatedFunc = this.parse(func);
    return validatedFunc;
  }
  static create(args, returns, params) {
    return new _ZodFunction({
      args: args ? args : ZodTuple.create([]).rest(ZodUnknown.create()),
      returns: returns || ZodUnknown.create(),
      typeName: ZodFirstPartyTypeKind.ZodFunction,
      ...processCreateParams(params)
    });
  }
};
var ZodLazy = class extends ZodType {
  get schema() {
    return this._def.getter();
  }
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const lazySchema = this._def.getter();
    return lazySchema._parse({ data: ctx.data, path: ctx.path, parent: ctx });
  }
};
ZodLazy.create = (getter, params) => {
  return new ZodLazy({
    getter,
    typeName: ZodFirstPartyTypeKind.ZodLazy,
    ...processCreateParams(params)
  });
};
var ZodLiteral = class extends ZodType {
  _parse(input) {
    if (input.data !== this._def.value) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        received: ctx.data,
        code: ZodIssueCode.invalid_literal,
        expected: this._def.value
      });
      return INVALID;
    }
    return { status: "valid", value: input.data };
  }
  get value() {
    return this._def.value;
  }
};
ZodLiteral.create = (value, params) => {
  return new ZodLiteral({
    value,
    typeName: ZodFirstPartyTypeKind.ZodLiteral,
    ...processCreateParams(params)
  });
};
function createZodEnum(values, params) {
  return new ZodEnum({
    values,
    typeName: ZodFirstPartyTypeKind.ZodEnum,
    ...processCreateParams(params)
  });
}
var ZodEnum = class _ZodEnum extends ZodType {
  _parse(input) {
    if (typeof input.data !== "string") {
      const ctx = this._getOrReturnCtx(input);
      const expectedValues = this._def.values;
      addIssueToContext(ctx, {
        expected: util.joinValues(expectedValues),
        received: ctx.parsedType,
        code: ZodIssueCode.invalid_type
      });
      return INVALID;
    }
    if (!this._cache) {
      this._cache = new Set(this._def.values);
    }
    if (!this._cache.has(input.data)) {
      const ctx = this._getOrReturnCtx(input);
      const expectedValues = this._def.values;
      addIssueToContext(ctx, {
        received: ctx.data,
        code: ZodIssueCode.invalid_enum_value,
        options: expectedValues
      });
      return INVALID;
    }
    return OK(input.data);
  }
  get options() {
    return this._def.values;
  }
  get enum() {
    const enumValues = {};
    for (const val of this._def.values) {
      enumValues[val] = val;
    }
    return enumValues;
  }
  get Values() {
    const enumValues = {};
    for (const val of this._def.values) {
      enumValues[val] = val;
    }
    return enumValues;
  }
  get Enum() {
    const enumValues = {};
    for (const val of this._def.values) {
      enumValues[val] = val;
    }
    return enumValues;
  }
  extract(values, newDef = this._def) {
    return _ZodEnum.create(values, {
      ...this._def,
      ...newDef
    });
  }
  exclude(values, newDef = this._def) {
    return _ZodEnum.create(this.options.filter((opt2) => !values.includes(opt2)), {
      ...this._def,
      ...newDef
    });
  }
};
ZodEnum.create = createZodEnum;
var ZodNativeEnum = class extends ZodType {
  _parse(input) {
    const nativeEnumValues = util.getValidEnumValues(this._def.values);
    const ctx = this._getOrReturnCtx(input);
    if (ctx.parsedType !== ZodParsedType.string && ctx.parsedType !== ZodParsedType.number) {
      const expectedValues = util.objectValues(nativeEnumValues);
      addIssueToContext(ctx, {
        expected: util.joinValues(expectedValues),
        received: ctx.parsedType,
        code: ZodIssueCode.invalid_type
      });
      return INVALID;
    }
    if (!this._cache) {
      this._cache = new Set(util.getValidEnumValues(this._def.values));
    }
    if (!this._cache.has(input.data)) {
      const expectedValues = util.objectValues(nativeEnumValues);
      addIssueToContext(ctx, {
        received: ctx.data,
        code: ZodIssueCode.invalid_enum_value,
        options: expectedValues
      });
      return INVALID;
    }
    return OK(input.data);
  }
  get enum() {
    return this._def.values;
  }
};
ZodNativeEnum.create = (values, params) => {
  return new ZodNativeEnum({
    values,
    typeName: ZodFirstPartyTypeKind.ZodNativeEnum,
    ...processCreateParams(params)
  });
};
var ZodPromise = class extends ZodType {
  unwrap() {
    return this._def.type;
  }
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.promise && ctx.common.async === false) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.promise,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const promisified = ctx.parsedType === ZodParsedType.promise ? ctx.data : Promise.resolve(ctx.data);
    return OK(promisified.then((data) => {
      return this._def.type.parseAsync(data, {
        path: ctx.path,
        errorMap: ctx.common.contextualErrorMap
      });
    }));
  }
};
ZodPromise.create = (schema, params) => {
  return new ZodPromise({
    type: schema,
    typeName: ZodFirstPartyTypeKind.ZodPromise,
    ...processCreateParams(params)
  });
};
var ZodEffects = class extends ZodType {
  innerType() {
    return this._def.schema;
  }
  sourceType() {
    return this._def.schema._def.typeName === ZodFirstPartyTypeKind.ZodEffects ? this._def.schema.sourceType() : this._def.schema;
  }
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    const effect = this._def.effect || null;
    const checkCtx = {
      addIssue: (arg) => {
        addIssueToContext(ctx, arg);
        if (arg.fatal) {
          status.abort();
        } else {
          status.dirty();
        }
      },
      get path() {
        return ctx.path;
      }
    };
    checkCtx.addIssue = checkCtx.addIssue.bind(checkCtx);
    if (effect.type === "preprocess") {
      const processed = effect.transform(ctx.data, checkCtx);
      if (ctx.common.async) {
        return Promise.resolve(processed).then(async (processed2) => {
          if (status.value === "aborted")
            return INVALID;
          const result = await this._def.schema._parseAsync({
            data: processed2,
            path: ctx.path,
            parent: ctx
          });
          if (result.status === "aborted")
            return INVALID;
          if (result.status === "dirty")
            return DIRTY(result.value);
          if (status.value === "dirty")
            return DIRTY(result.value);
          return result;
        });
      } else {
        if (status.value === "aborted")
          return INVALID;
        const result = this._def.schema._parseSync({
          data: processed,
          path: ctx.path,
          parent: ctx
        });
        if (result.status === "aborted")
          return INVALID;
        if (result.status === "dirty")
          return DIRTY(result.value);
        if (status.value === "dirty")
          return DIRTY(result.value);
        return result;
      }
    }
    if (effect.type === "refinement") {
      const executeRefinement = (acc) => {
        const result = effect.refinement(acc, checkCtx);
        if (ctx.common.async) {
          return Promise.resolve(result);
        }
        if (result instanceof Promise) {
          throw new Error("Async refinement encountered during synchronous parse operation. Use .parseAsync instead.");
        }
        return acc;
      };
      if (ctx.common.async === false) {
        const inner = this._def.schema._parseSync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        });
        if (inner.status === "aborted")
          return INVALID;
        if (inner.status === "dirty")
          status.dirty();
        executeRefinement(inner.value);
        return { status: status.value, value: inner.value };
      } else {
        return this._def.schema._parseAsync({ data: ctx.data, path: ctx.path, parent: ctx }).then((inner) => {
          if (inner.status === "aborted")
            return INVALID;
          if (inner.status === "dirty")
            status.dirty();
          return executeRefinement(inner.value).then(() => {
            return { status: status.value, value: inner.value };
          });
        });
      }
    }
    if (effect.type === "transform") {
      if (ctx.common.async === false) {
        const base = this._def.schema._parseSync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        });
        if (!isValid(base))
          return INVALID;
        const result = effect.transform(base.value, checkCtx);
        if (result instanceof Promise) {
          throw new Error(`Asynchronous transform encountered during synchronous parse operation. Use .parseAsync instead.`);
        }
        return { status: status.value, value: result };
      } else {
        return this._def.schema._parseAsync({ data: ctx.data, path: ctx.path, parent: ctx }).then((base) => {
          if (!isValid(base))
            return INVALID;
          return Promise.resolve(effect.transform(base.value, checkCtx)).then((result) => ({
            status: status.value,
            value: result
          }));
        });
      }
    }
    util.assertNever(effect);
  }
};
ZodEffects.create = (schema, effect, params) => {
  return new ZodEffects({
    schema,
    typeName: ZodFirstPartyTypeKind.ZodEffects,
    effect,
    ...processCreateParams(params)
  });
};
ZodEffects.createWithPreprocess = (preprocess, schema, params) => {
  return new ZodEffects({
    schema,
    effect: { type: "preprocess", transform: preprocess },
    typeName: ZodFirstPartyTypeKind.ZodEffects,
    ...processCreateParams(params)
  });
};
var ZodOptional = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType === ZodParsedType.undefined) {
      return OK(void 0);
    }
    return this._def.innerType._parse(input);
  }
  unwrap() {
    return this._def.innerType;
  }
};
ZodOptional.create = (type, params) => {
  return new ZodOptional({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodOptional,
    ...processCreateParams(params)
  });
};
var ZodNullable = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType === ZodParsedType.null) {
      return OK(null);
    }
    return this._def.innerType._parse(input);
  }
  unwrap() {
    return this._def.innerType;
  }
};
ZodNullable.create = (type, params) => {
  return new ZodNullable({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodNullable,
    ...processCreateParams(params)
  });
};
var ZodDefault = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    let data = ctx.data;
    if (ctx.parsedType === ZodParsedType.undefined) {
      data = this._def.defaultValue();
    }
    return this._def.innerType._parse({
      data,
      path: ctx.path,
      parent: ctx
    });
  }
  removeDefault() {
    return this._def.innerType;
  }
};
ZodDefault.create = (type, params) => {
  return new ZodDefault({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodDefault,
    defaultValue: typeof params.default === "function" ? params.default : () => params.default,
    ...processCreateParams(params)
  });
};
var ZodCatch = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const newCtx = {
      ...ctx,
      common: {
        ...ctx.common,
        issues: []
      }
    };
    const result = this._def.innerType._parse({
      data: newCtx.data,
      path: newCtx.path,
      parent: {
        ...newCtx
      }
    });
    if (isAsync(result)) {
      return result.then((result2) => {
        return {
          status: "valid",
          value: result2.status === "valid" ? result2.value : this._def.catchValue({
            get error() {
              return new ZodError(newCtx.common.issues);
            },
            input: newCtx.data
          })
        };
      });
    } else {
      return {
        status: "valid",
        value: result.status === "valid" ? result.value : this._def.catchValue({
          get error() {
            return new ZodError(newCtx.common.issues);
          },
          input: newCtx.data
        })
      };
    }
  }
  removeCatch() {
    return this._def.innerType;
  }
};
ZodCatch.create = (type, params) => {
  return new ZodCatch({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodCatch,
    catchValue: typeof params.catch === "function" ? params.catch : () => params.catch,
    ...processCreateParams(params)
  });
};
var ZodNaN = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.nan) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.nan,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return { status: "valid", value: input.data };
  }
};
ZodNaN.create = (params) => {
  return new ZodNaN({
    typeName: ZodFirstPartyTypeKind.ZodNaN,
    ...processCreateParams(params)
  });
};
var BRAND = /* @__PURE__ */ Symbol("zod_brand");
var ZodBranded = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const data = ctx.data;
    return this._def.type._parse({
      data,
      path: ctx.path,
      parent: ctx
    });
  }
  unwrap() {
    return this._def.type;
  }
};
var ZodPipeline = class _ZodPipeline extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.common.async) {
      const handleAsync = async () => {
        const inResult = await this._def.in._parseAsync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        });
        if (inResult.status === "aborted")
          return INVALID;
        if (inResult.status === "dirty") {
          status.dirty();
          return DIRTY(inResult.value);
        } else {
          return this._def.out._parseAsync({
            data: inResult.value,
            path: ctx.path,
            parent: ctx
          });
        }
      };
      return handleAsync();
    } else {
      const inResult = this._def.in._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      });
      if (inResult.status === "aborted")
        return INVALID;
      if (inResult.status === "dirty") {
        status.dirty();
        return {
          status: "dirty",
          value: inResult.value
        };
      } else {
        return this._def.out._parseSync({
          data: inResult.value,
          path: ctx.path,
          parent: ctx
        });
      }
    }
  }
  static create(a, b) {
    return new _ZodPipeline({
      in: a,
      out: b,
      typeName: ZodFirstPartyTypeKind.ZodPipeline
    });
  }
};
var ZodReadonly = class extends ZodType {
  _parse(input) {
    const result = this._def.innerType._parse(input);
    const freeze = (data) => {
      if (isValid(data)) {
        data.value = Object.freeze(data.value);
      }
      return data;
    };
    return isAsync(result) ? result.then((data) => freeze(data)) : freeze(result);
  }
  unwrap() {
    return this._def.innerType;
  }
};
ZodReadonly.create = (type, params) => {
  return new ZodReadonly({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodReadonly,
    ...processCreateParams(params)
  });
};
function cleanParams(params, data) {
  const p = typeof params === "function" ? params(data) : typeof params === "string" ? { message: params } : params;
  const p2 = typeof p === "string" ? { message: p } : p;
  return p2;
}
function custom(check, _params = {}, fatal) {
  if (check)
    return ZodAny.create().superRefine((data, ctx) => {
      const r = check(data);
      if (r instanceof Promise) {
        return r.then((r2) => {
          if (!r2) {
            const params = cleanParams(_params, data);
            const _fatal = params.fatal ?? fatal ?? true;
            ctx.addIssue({ code: "custom", ...params, fatal: _fatal });
          }
        });
      }
      if (!r) {
        const params = cleanParams(_params, data);
        const _fatal = params.fatal ?? fatal ?? true;
        ctx.addIssue({ code: "custom", ...params, fatal: _fatal });
      }
      return;
    });
  return ZodAny.create();
}
var late = {
  object: ZodObject.lazycreate
};
var ZodFirstPartyTypeKind;
(function(ZodFirstPartyTypeKind2) {
  ZodFirstPartyTypeKind2["ZodString"] = "ZodString";
  ZodFirstPartyTypeKind2["ZodNumber"] = "ZodNumber";
  ZodFirstPartyTypeKind2["ZodNaN"] = "ZodNaN";
  ZodFirstPartyTypeKind2["ZodBigInt"] = "ZodBigInt";
  ZodFirstPartyTypeKind2["ZodBoolean"] = "ZodBoolean";
  ZodFirstPartyTypeKind2["ZodDate"] = "ZodDate";
  ZodFirstPartyTypeKind2["ZodSymbol"] = "ZodSymbol";
  ZodFirstPartyTypeKind2["ZodUndefined"] = "ZodUndefined";
  ZodFirstPartyTypeKind2["ZodNull"] = "ZodNull";
  ZodFirstPartyTypeKind2["ZodAny"] = "ZodAny";
  ZodFirstPartyTypeKind2["ZodUnknown"] = "ZodUnknown";
  ZodFirstPartyTypeKind2["ZodNever"] = "ZodNever";
  ZodFirstPartyTypeKind2["ZodVoid"] = "ZodVoid";
  ZodFirstPartyTypeKind2["ZodArray"] = "ZodArray";
  ZodFirstPartyTypeKind2["ZodObject"] = "ZodObject";
  ZodFirstPartyTypeKind2["ZodUnion"] = "ZodUnion";
  ZodFirstPartyTypeKind2["ZodDiscriminatedUnion"] = "ZodDiscriminatedUnion";
  ZodFirstPartyTypeKind2["ZodIntersection"] = "ZodIntersection";
  ZodFirstPartyTypeKind2["ZodTuple"] = "ZodTuple";
  ZodFirstPartyTypeKind2["ZodRecord"] = "ZodRecord";
  ZodFirstPartyTypeKind2["ZodMap"] = "ZodMap";
  ZodFirstPartyTypeKind2["ZodSet"] = "ZodSet";
  ZodFirstPartyTypeKind2["ZodFunction"] = "ZodFunction";
  ZodFirstPartyTypeKind2["ZodLazy"] = "ZodLazy";
  ZodFirstPartyTypeKind2["ZodLiteral"] = "ZodLiteral";
  ZodFirstPartyTypeKind2["ZodEnum"] = "ZodEnum";
  ZodFirstPartyTypeKind2["ZodEffects"] = "ZodEffects";
  ZodFirstPartyTypeKind2["ZodNativeEnum"] = "ZodNativeEnum";
  ZodFirstPartyTypeKind2["ZodOptional"] = "ZodOptional";
  ZodFirstPartyTypeKind2["ZodNullable"] = "ZodNullable";
  ZodFirstPartyTypeKind2["ZodDefault"] = "ZodDefault";
  ZodFirstPartyTypeKind2["ZodCatch"] = "ZodCatch";
  ZodFirstPartyTypeKind2["ZodPromise"] = "ZodPromise";
  ZodFirstPartyTypeKind2["ZodBranded"] = "ZodBranded";
  ZodFirstPartyTypeKind2["ZodPipeline"] = "ZodPipeline";
  ZodFirstPartyTypeKind2["ZodReadonly"] = "ZodReadonly";
})(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));
var instanceOfType = (cls, params = {
  message: `Input not instance of ${cls.name}`
}) => custom((data) => data instanceof cls, params);
var stringType = ZodString.create;
var numberType = ZodNumber.create;
var nanType = ZodNaN.create;
var bigIntType = ZodBigInt.create;
var booleanType = ZodBoolean.create;
var dateType = ZodDate.create;
var symbolType = ZodSymbol.create;
var undefinedType = ZodUndefined.create;
var nullType = ZodNull.create;
var anyType = ZodAny.create;
var unknownType = ZodUnknown.create;
var neverType = ZodNever.create;
var voidType = ZodVoid.create;
var arrayType = ZodArray.create;
var objectType = ZodObject.create;
var strictObjectType = ZodObject.strictCreate;
var unionType = ZodUnion.create;
var discriminatedUnionType = ZodDiscriminatedUnion.create;
var intersectionType = ZodIntersection.create;
var tupleType = ZodTuple.create;
var recordType = ZodRecord.create;
var mapType = ZodMap.create;
var setType = ZodSet.create;
var functionType = ZodFunction.create;
var lazyType = ZodLazy.create;
var literalType = ZodLiteral.create;
var enumType = ZodEnum.create;
var nativeEnumType = ZodNativeEnum.create;
var promiseType = ZodPromise.create;
var effectsType = ZodEffects.create;
var optionalType = ZodOptional.create;
var nullableType = ZodNullable.create;
var preprocessType = ZodEffects.createWithPreprocess;
var pipelineType = ZodPipeline.create;
var ostring = () => stringType().optional();
var onumber = () => numberType().optional();
var oboolean = () => booleanType().optional();
var coerce = {
  string: ((arg) => ZodString.create({ ...arg, coerce: true })),
  number: ((arg) => ZodNumber.create({ ...arg, coerce: true })),
  boolean: ((arg) => ZodBoolean.create({
    ...arg,
    coerce: true
  })),
  bigint: ((arg) => ZodBigInt.create({ ...arg, coerce: true })),
  date: ((arg) => ZodDate.create({ ...arg, coerce: true }))
};
var NEVER = INVALID;

// ../sdk/src/options/schema.ts
var MAX_VALUE_LENGTH = 32 * 1024;
var singleLine = (what) => external_exports.string().max(MAX_VALUE_LENGTH, `${what} is longer than ${MAX_VALUE_LENGTH} characters`).refine((v) => !/[\r\n\0]/.test(v), `${what} contains a newline or NUL character`);
var nonEmptyLine = (what) => singleLine(what).refine((v) => v.trim().length > 0, `${what} is empty`);
var BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var ADD_HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?[:=]([0-9A-Fa-f:.[\]]+|host-gateway)$/;
var LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._\/-]*$/;
var DEFAULT_CACHE_TIMEOUT_SECONDS = 300;
var TIMEOUT_HINT = "cache.timeout must be a whole number of seconds from 0 (no limit) to 86400";
var cacheTimeout = external_exports.union([external_exports.number(), external_exports.string().trim().regex(/^\d{1,6}$/, TIMEOUT_HINT).transform(Number)], { errorMap: () => ({ message: TIMEOUT_HINT }) }).pipe(external_exports.number().int(TIMEOUT_HINT).min(0, TIMEOUT_HINT).max(24 * 3600, TIMEOUT_HINT)).default(DEFAULT_CACHE_TIMEOUT_SECONDS);
var DEFAULT_MOUNTS_MAX_SIZE_MB = 1024;
var MOUNTS_HINT = "cache.mounts must be auto, off, or a list of cache mount ids (comma-separated in a flag or variable)";
var cacheMounts = external_exports.union([
  external_exports.enum(["auto", "off"]),
  external_exports.array(nonEmptyLine("cache.mounts id")).min(1, MOUNTS_HINT),
  singleLine("cache.mounts").refine((v) => v.split(",").every((id) => id.trim().length > 0), MOUNTS_HINT).transform((v) => v.trim() === "auto" || v.trim() === "off" ? v.trim() : v.split(",").map((id) => id.trim()))
], { errorMap: () => ({ message: MOUNTS_HINT }) }).default("auto");
var BACKENDS = ["inline", "registry", "local", "s3", "harness", "none", "auto"];
var cacheKeysSchema = external_exports.object({
  branch: nonEmptyLine("branch").optional().describe("Branch being built; its cache is read first and written to."),
  defaultBranch: nonEmptyLine("defaultBranch").default("main").describe("The default branch: the last read fallback, written only by its own builds."),
  prSourceBranch: nonEmptyLine("prSourceBranch").optional().describe("Source branch of a pull/merge request (defaults to `branch`)."),
  prTargetBranch: nonEmptyLine("prTargetBranch").optional().describe("Target branch of a pull/merge request: read after the source branch, never written."),
  prId: nonEmptyLine("prId").optional().describe("Pull/merge request number or id; its presence marks a PR build."),
  fork: external_exports.boolean().default(false).describe("The PR comes from a fork: it reads but never writes any cache ref."),
  tag: nonEmptyLine("tag").optional().describe("Git tag being built: reads the default branch, does not write."),
  sha: external_exports.string().regex(/^[0-9a-fA-F]{7,64}$/, "sha must be 7 to 64 hex digits").optional().describe("Commit SHA, recorded in the report.")
}).strict();
var harnessCacheSchema = external_exports.object({
  // z.url() alone takes "minio:9000" (scheme "minio:"); BuildKit needs http(s).
  endpointUrl: external_exports.string().url("endpointUrl must be an http(s) URL").regex(/^https?:\/\//i, "endpointUrl must be an http(s) URL").optional().describe("S3-compatible endpoint, e.g. the one Harness Cloud injects."),
  bucket: nonEmptyLine("bucket").describe("Bucket holding the cache."),
  region: nonEmptyLine("region").default("us-east-1").describe("Bucket region."),
  prefix: singleLine("prefix").default("").describe("Key prefix scoping the cache (Harness: account and repository)."),
  usePathStyle: external_exports.boolean().default(true).describe("Path-style addressing (needed by most S3-compatible servers)."),
  accessKeyId: nonEmptyLine("accessKeyId").describe("Access key id. Passed to buildx through the environment, never argv."),
  secretAccessKey: nonEmptyLine("secretAccessKey").describe("Secret access key. Environment only, never argv or logs."),
  sessionToken: singleLine("sessionToken").optional().describe("Session token for temporary credentials.")
}).strict();
var localCacheSchema = external_exports.object({
  maxSizeMb: external_exports.number().int().positive().max(1024 * 1024).default(4096).describe("A new local cache larger than this is discarded (the previous one stays) with a warning."),
  keep: external_exports.number().int().min(0).max(20).default(1).describe("Newest older snapshots kept besides the current one; the one current replaced (`previous`, which builds read) is kept too while keep > 0.")
}).strict();
var s3CredentialsSchema = external_exports.object({
  accessKeyId: nonEmptyLine("accessKeyId").describe("Access key id. Passed to buildx through the environment, never argv."),
  secretAccessKey: nonEmptyLine("secretAccessKey").describe("Secret access key. Environment only, never argv or logs."),
  sessionToken: singleLine("sessionToken").optional().describe("Session token for temporary credentials.")
}).strict();
var cacheSchema = external_exports.object({
  backend: external_exports.enum(BACKENDS).default("auto").transform(resolveBackendAlias).describe("Where the cache lives: inline | registry | local | s3 | none | auto (harness: an alias of s3)."),
  ref: singleLine("cache.ref").optional().describe("Registry repository for cache refs (registry, inline). Without a tag, branch tags are added; with a tag, it is used as is."),
  dir: singleLine("cache.dir").optional().describe("Directory for the local backend."),
  mode: external_exports.enum(["min", "max"]).default("max").describe("min: final stage layers only; max: every stage."),
  write: external_exports.enum(["auto", "always", "never"]).default("auto").describe("auto: write the own branch, PRs never write target/default, tags and forks never write."),
  strict: external_exports.boolean().default(false).describe("Fail the build when the cache cannot be imported or exported."),
  timeout: cacheTimeout.describe("Seconds a cache import or export may take; past it, it is abandoned with a warning and the build's result stands (an import: the build reruns without the cache). The image push is never cut short. 0: no limit."),
  keys: cacheKeysSchema.default({}).describe("CI facts that pick the cache refs."),
  extraFrom: external_exports.array(singleLine("cache.extraFrom entry")).default([]).describe("Raw --cache-from entries, read after layercache's own."),
  extraTo: external_exports.array(singleLine("cache.extraTo entry")).default([]).describe("Raw --cache-to entries, written besides layercache's own."),
  extraCredentials: s3CredentialsSchema.optional().describe("S3 keys for `type=s3` extraFrom/extraTo entries: buildx gets them as AWS_* variables, never in argv."),
  local: localCacheSchema.default({}).describe("Local backend limits."),
  mounts: cacheMounts.describe("RUN --mount=type=cache contents saved with the cache and restored before the build: auto (every cache mount of the built stages, where the builder supports it), off, or a list of mount ids (docs/cache-mounts.md)."),
  mountsMaxSizeMb: external_exports.number().int().positive().max(1024 * 1024).default(DEFAULT_MOUNTS_MAX_SIZE_MB).describe("A cache mount whose archive is larger than this (MB, uncompressed) is not saved, with a warning."),
  harness: harnessCacheSchema.optional().describe("S3-style managed cache (Harness Cloud).")
}).strict();
var secretSchema = external_exports.object({
  id: external_exports.string().regex(/^[A-Za-z0-9_.-]{1,128}$/, "secret id must be 1-128 letters, digits, _ . -"),
  src: nonEmptyLine("secret src").optional().describe("File holding the secret."),
  env: external_exports.string().regex(BUILD_ARG_NAME, "secret env must be an environment variable name").optional().describe("Environment variable holding the secret.")
}).strict().refine((s) => s.src === void 0 !== (s.env === void 0), "give exactly one of src or env");
var registryAuthSchema = external_exports.object({
  registry: nonEmptyLine("registry").describe("Registry host, e.g. registry.gitlab.com."),
  username: nonEmptyLine("username"),
  password: nonEmptyLine("password").describe("Written to a private docker config; never argv or logs.")
}).strict();
var buildOptionsSchema = external_exports.object({
  context: nonEmptyLine("context").default(".").describe("Build context directory."),
  dockerfile: nonEmptyLine("dockerfile").optional().describe("Dockerfile path (default: Dockerfile in the context)."),
  target: external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, "target must be a stage name").optional().describe("Target stage."),
  tags: external_exports.array(singleLine("tag")).max(100).default([]).describe("Image tags (full references)."),
  platforms: external_exports.array(external_exports.string().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, "platform must look like linux/amd64")).default([]).describe("Target platforms."),
  buildArgs: external_exports.record(singleLine("build arg value")).default({}).describe("Build args (not secrets: use `secrets`)."),
  secrets: external_exports.array(secretSchema).default([]).describe("Build secrets passed as --secret, never as build args."),
  labels: external_exports.record(singleLine("label value")).default({}).describe("Image labels."),
  addHosts: external_exports.array(external_exports.string().regex(ADD_HOST, "add-host entries look like host:ip")).default([]).describe("Extra /etc/hosts entries for RUN steps (`host:ip`, buildx --add-host)."),
  push: external_exports.boolean().default(false).describe("Push the image."),
  load: external_exports.boolean().default(false).describe("Load the image into the local engine."),
  pull: external_exports.boolean().default(false).describe("Always pull base images."),
  noCache: external_exports.boolean().default(false).describe("Do not use any cache (imports nothing, still exports)."),
  network: external_exports.enum(["default", "none", "host"]).default("default").describe("Network for RUN steps."),
  builder: external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "builder must be a buildx builder name").optional().describe("buildx builder name."),
  dockerContext: external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/, "dockerContext must be a docker context name").optional().describe("Docker context to build on (the --context flag): wins over DOCKER_HOST, DOCKER_CONTEXT and the current context."),
  registryAuth: external_exports.array(registryAuthSchema).default([]).describe("Registry logins, written to a private docker config."),
  workspace: nonEmptyLine("workspace").optional().describe("When set, cache.dir must lie inside it."),
  dockerPath: nonEmptyLine("dockerPath").default("docker").describe("docker CLI to run."),
  cache: cacheSchema.default({}).describe("Layer cache settings.")
}).strict();
var limits = { BUILD_ARG_NAME, LABEL_KEY, MAX_VALUE_LENGTH };

// ../sdk/src/options/parsed.ts
init_esm_shims();
var parsed = /* @__PURE__ */ new WeakSet();
function markParsed(options) {
  parsed.add(options);
  return options;
}
function isParsed(input) {
  return typeof input === "object" && input !== null && parsed.has(input);
}
function withParsedChanges(options, changes) {
  return markParsed({ ...options, ...changes });
}

// ../sdk/src/options/zod-issue.ts
init_esm_shims();
function issueFromZod(issue, hintFor2) {
  const p = issue.path.join(".");
  if (issue.code === "unrecognized_keys") {
    return { path: p, message: `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`, hint: "check the spelling against the documented options" };
  }
  let message = issue.message;
  if (issue.code === "invalid_type" && issue.received === "undefined") message = "is required";
  else if (issue.code === "invalid_type") message = `must be ${issue.expected}, got ${issue.received}`;
  return hintFor2 ? { path: p, message, hint: hintFor2(p) } : { path: p, message };
}

// ../sdk/src/options/parse.ts
var HINTS = {
  "cache.backend": "use one of inline, registry, local, s3, none, auto (harness is an alias of s3)",
  "cache.ref": "give a repository like registry.example.com/group/app/cache",
  "cache.dir": "give a directory inside the workspace, e.g. .layercache/cache",
  "cache.mode": "use min or max",
  "cache.write": "use auto, always or never",
  tags: "give full references like registry.example.com/app:1.2.3",
  platforms: "use os/arch[/variant], e.g. linux/amd64",
  network: "use default, none or host",
  "cache.mounts": "use auto, off, or the ids of the cache mounts to keep, e.g. /root/.npm,apt",
  "cache.mountsMaxSizeMb": "give a whole number of megabytes, e.g. 1024"
};
function hintFor(path41) {
  if (HINTS[path41]) return HINTS[path41];
  const field = path41.replace(/\.\d+$/, "");
  if (HINTS[field]) return HINTS[field];
  if (path41.startsWith("buildArgs.") || path41.startsWith("labels.")) return "remove newlines/NUL and keep values under 32 KiB";
  if (path41.startsWith("cache.harness.")) return "set it in the harness cache settings (managed cache credentials come from the CI secret store)";
  return void 0;
}
function parseOptions(input) {
  if (isParsed(input)) return input;
  const parsed2 = buildOptionsSchema.safeParse(input ?? {});
  if (!parsed2.success) throw new ConfigError(parsed2.error.issues.map((issue) => issueFromZod(issue, hintFor)));
  const issues = crossCheck(parsed2.data);
  if (issues.length > 0) throw new ConfigError(issues);
  return markParsed(parsed2.data);
}
function crossCheck(o) {
  const issues = [];
  const add = (p, message, hint = hintFor(p)) => issues.push({ path: p, message, hint });
  o.tags.forEach((tag, i) => {
    const ref = parseImageReference(tag);
    if ("error" in ref) add(`tags.${i}`, `"${printable(tag)}" ${ref.error}`);
  });
  if (o.cache.ref !== void 0) {
    const ref = parseImageReference(o.cache.ref);
    if ("error" in ref) add("cache.ref", `"${printable(o.cache.ref)}" ${ref.error}`);
    else if (ref.digest) add("cache.ref", "must not pin a digest: a cache ref is written to", "drop the @sha256:\u2026 part");
  }
  for (const name of Object.keys(o.buildArgs)) {
    if (!limits.BUILD_ARG_NAME.test(name)) add(`buildArgs.${printable(name)}`, "is not a valid build arg name", "use letters, digits and _, not starting with a digit");
  }
  for (const key of Object.keys(o.labels)) {
    if (!limits.LABEL_KEY.test(key)) add(`labels.${printable(key)}`, "is not a valid label key", "use letters, digits and . _ / -");
  }
  const secretIds = /* @__PURE__ */ new Set();
  o.secrets.forEach((s, i) => {
    if (secretIds.has(s.id)) add(`secrets.${i}.id`, `duplicate secret id "${s.id}"`, "give each secret its own id");
    secretIds.add(s.id);
  });
  issues.push(...backendRequirements(o));
  const { harness, extraCredentials: extra } = o.cache;
  if (harness && extra && (harness.accessKeyId !== extra.accessKeyId || harness.secretAccessKey !== extra.secretAccessKey)) {
    add("cache.extraCredentials", "differ from the s3 cache keys (cache.harness): buildx takes one set of S3 keys per build", "use the same keys for both, or drop the extra s3 entries");
  }
  if (o.cache.dir && o.workspace) {
    const abs = path21.resolve(o.workspace, o.cache.dir);
    const rel = path21.relative(path21.resolve(o.workspace), abs);
    if (rel.startsWith("..") || path21.isAbsolute(rel)) add("cache.dir", `"${o.cache.dir}" lies outside the workspace ${o.workspace}`);
  }
  if (o.push && o.load && o.platforms.length > 1) {
    add("load", "cannot be combined with push for a multi-platform build (the engine cannot load a manifest list)", "drop load, or build one platform");
  }
  const keys = o.cache.keys;
  if (keys.fork && !keys.prId && !keys.prTargetBranch) add("cache.keys.fork", "is set but this is not a pull request build", "also set prId or prTargetBranch");
  return issues;
}
function printable(s) {
  return JSON.stringify(s).slice(1, -1).slice(0, 200);
}

// ../sdk/src/mounts/check.ts
init_esm_shims();
import { readFile as readFile9 } from "fs/promises";
import path22 from "path";
async function mountIssues(o, cwd) {
  if (!Array.isArray(o.cache.mounts)) return [];
  const text2 = await readFile9(path22.resolve(cwd, dockerfilePath(o)), "utf8").catch(() => void 0);
  if (text2 === void 0) return [];
  const known = discoverCacheMounts(parseDockerfile(text2), { target: o.target, buildArgs: o.buildArgs }).mounts.map((m) => m.id);
  return o.cache.mounts.filter((id) => !known.includes(id)).map((id) => ({
    path: "cache.mounts",
    message: `names "${id}", which no RUN --mount=type=cache of the stages built uses`,
    hint: known.length > 0 ? `use one of ${known.join(", ")} (a mount's id, or its target when it has no id)` : "drop cache.mounts: this build has no cache mounts"
  }));
}

// ../sdk/src/options/check-inputs.ts
async function checkBuildInputs(input, runtime = {}) {
  const options = parseOptions(input);
  const cwd = runtime.cwd ?? process.cwd();
  const issues = [...await fileIssues(options, cwd), ...await engineIssues(runtime.env, options.dockerPath, cwd), ...await mountIssues(options, cwd)];
  if (issues.length === 0 && options.cache.dir) {
    const context = path23.resolve(cwd, options.context);
    const inside = await cacheInContext({ ...options.cache, dir: path23.resolve(cwd, options.cache.dir) }, context, path23.resolve(cwd, dockerfilePath(options)));
    if (inside?.relative === ".") {
      issues.push({
        path: "cache.dir",
        message: "is the build context itself, so every build would send the cache to the builder",
        hint: "use a directory beside the sources, e.g. .layercache/cache, or outside the context"
      });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return options;
}

// ../sdk/src/pipeline/fallbacks.ts
init_esm_shims();
async function attemptWithFallbacks(first, how, s) {
  let plan = first;
  let attempt = await how.attempt(plan, true);
  const warnings = [];
  const warn = (text2) => {
    warnings.push(text2);
    s.log.warn(text2);
  };
  const dropCache = async () => {
    await how.release(plan);
    plan = how.withoutCache(plan);
    attempt = await how.attempt(plan, false);
  };
  if (attempt.exitCode !== 0 && isCacheSetupFailure(attempt.stderrTail) && !s.strict && how.hasCache(plan)) {
    warn(`the ${how.cacheName(plan)} cache could not be set up (${firstErrorLine(attempt.stderrTail)}); built without cache`);
    await dropCache();
  }
  if (attempt.abandoned?.phase === "import" && !s.strict) {
    const vertex = attempt.abandoned.vertex.name;
    warn(`the cache import (${vertex}) did not finish within ${s.timeoutSeconds} s (cache.timeout); built without the cache`);
    await dropCache();
  }
  let readsDropped = false;
  const lost = lostCacheContent(attempt);
  if (lost && !s.strict && how.readsAnything(plan)) {
    const reads = how.reads(plan).join(", ");
    warn(`the cache at ${reads} references ${lost}, which its registry no longer has; rebuilt without reading it and rewrote the cache`);
    plan = how.withoutReads(plan);
    readsDropped = true;
    attempt = await how.attempt(plan, true);
  }
  const exportAbandoned = attempt.abandoned?.phase === "export" && !s.strict;
  return { plan, attempt, warnings, readsDropped, succeeded: attempt.exitCode === 0 || exportAbandoned };
}
function isCacheSetupFailure(stderr) {
  return /unknown cache (exporter|importer)|failed to (configure|parse|create) .*cache (exporter|importer)|cache export feature is currently not supported|is not supported for the docker driver/i.test(stderr);
}
function firstErrorLine(stderr) {
  return stderr.split("\n").find((l) => /error/i.test(l))?.trim() ?? tailLines(stderr, 1);
}
function lostCacheContent(attempt) {
  for (const text2 of [attempt.stderrTail, ...attempt.tracker.vertices().map((v) => v.error ?? "")]) {
    const m = /could not fetch content descriptor (sha256:[0-9a-f]{64})[^\n]*not found/.exec(text2);
    if (m) return m[1];
  }
  return void 0;
}

// ../sdk/src/pipeline/image-cache.ts
init_esm_shims();

// ../sdk/src/record/collect.ts
init_esm_shims();
import { createHash as createHash9 } from "crypto";
import { readFile as readFile11 } from "fs/promises";

// ../sdk/src/record/sources.ts
init_esm_shims();
import { createHash as createHash8 } from "crypto";
import { readdir as readdir5, readFile as readFile10 } from "fs/promises";
import path24 from "path";

// ../sdk/src/record/types.ts
init_esm_shims();
var MAX_SOURCE_FILES = 2e3;

// ../sdk/src/record/sources.ts
var MAX_WALK = 2e4;
async function contextFiles(context) {
  const ignoreText = await readFile10(path24.join(context, ".dockerignore"), "utf8").catch(() => "");
  const patterns = parseDockerignore(ignoreText);
  const out = [];
  const walk = async (rel) => {
    for (const entry of await readdir5(path24.join(context, rel), { withFileTypes: true }).catch(() => [])) {
      if (out.length >= MAX_WALK) return;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (isIgnored(patterns, child)) continue;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  await walk("");
  return out.sort();
}
function matchSources(files, patterns) {
  const matchers = patterns.map(toMatcher);
  return files.filter((f) => matchers.some((m) => m(f)));
}
function toMatcher(pattern) {
  const p = pattern.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (p === "" || p === ".") return () => true;
  if (!/[*?[]/.test(p)) return (f) => f === p || f.startsWith(`${p}/`);
  const re = new RegExp(`^${p.split("/").map(segment).join("/")}(?:/.*)?$`);
  return (f) => re.test(f);
}
function segment(s) {
  return s.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
}
async function hashSources(context, files) {
  const all = createHash8("sha256");
  const sources = {};
  for (const [i, file] of files.entries()) {
    const hash2 = createHash8("sha256").update(await readFile10(path24.join(context, file)).catch(() => Buffer.alloc(0))).digest("hex");
    all.update(`${file}\0${hash2}
`);
    if (i < MAX_SOURCE_FILES) sources[file] = hash2;
  }
  return { sources, digest: all.digest("hex") };
}

// ../sdk/src/record/step-key.ts
init_esm_shims();
var NAME_RE = /^\[(?:(\S+)\s)?(\d+)\/(\d+)\]\s+(.*)$/s;
function parseStepName(name) {
  const m = NAME_RE.exec(name);
  if (!m) return void 0;
  return { stage: m[1] ?? "", position: Number(m[2]), instruction: m[4].replace(/\s+/g, " ").trim() };
}
function stepKey(stage, position) {
  return `${stage}#${position}`;
}
function stageLabel(name, index, count) {
  if (count === 1 && name === null) return "";
  return name ?? `stage-${index}`;
}

// ../sdk/src/record/collect.ts
var SECRET_NAME = /pass|secret|token|key|credential|auth/i;
async function collectRecord(input) {
  const model = parseDockerfile(await readFile11(input.dockerfile, "utf8"));
  const stages = new Map(model.stages.map((s) => [stageLabel(s.name, s.index, model.stages.length), s]));
  let walked;
  const files = () => walked ??= contextFiles(input.context);
  const baseImages = {};
  const steps = [];
  for (const v of input.vertices) {
    const name = parseStepName(v.name);
    if (!name) continue;
    if (/^FROM\s/i.test(name.instruction)) {
      const digest = /@(sha256:[0-9a-f]{64})/.exec(name.instruction)?.[1];
      if (digest) baseImages[name.stage] = digest;
      continue;
    }
    const key = stepKey(name.stage, name.position);
    const stage = stages.get(name.stage);
    const step = stage ? vertexSteps(stage)[name.position - firstStepPosition(stage)] : void 0;
    const record = {
      key,
      // The Dockerfile's own text: BuildKit's vertex names expand build args, which would make
      // an arg change look like an instruction change.
      instruction: step?.text ?? name.instruction,
      buildArgs: step && stage ? argsInScope(stage, step, input.buildArgs) : {},
      builtMs: v.cached ? input.previous?.steps.find((s) => s.key === key)?.builtMs ?? null : duration(v)
    };
    if (step && (step.keyword === "COPY" || step.keyword === "ADD") && !step.flags.some((f) => f.name === "from")) {
      const patterns = step.args.slice(0, -1).filter((a) => !/^[a-z]+:\/\//i.test(a));
      Object.assign(record, await hashSources(input.context, matchSources(await files(), patterns)).then((h) => ({ sources: h.sources, sourcesDigest: h.digest })));
    }
    steps.push(record);
  }
  return { version: 1, createdAt: (/* @__PURE__ */ new Date()).toISOString(), baseImages, steps };
}
var VERTEX_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD", "WORKDIR"]);
function vertexSteps(stage) {
  return stage.steps.filter((s) => VERTEX_KEYWORDS.has(s.keyword));
}
function firstStepPosition(stage) {
  return stage.parent !== null || stage.resolvedImage?.toLowerCase() === "scratch" ? 1 : 2;
}
function argsInScope(stage, step, given) {
  const declared2 = /* @__PURE__ */ new Map();
  for (const s of stage.steps) {
    if (s === step) break;
    if (s.keyword === "ARG") for (const p of s.properties) declared2.set(p.name, p.value);
  }
  const out = {};
  for (const [name, fallback] of declared2) {
    if (step.keyword !== "RUN" && !step.variables.includes(name)) continue;
    const value = given[name] ?? fallback ?? "";
    out[name] = SECRET_NAME.test(name) ? `sha256:${createHash9("sha256").update(value).digest("hex").slice(0, 16)}` : value;
  }
  return out;
}
function duration(v) {
  if (!v.started || !v.completed) return null;
  return Math.max(0, Date.parse(v.completed) - Date.parse(v.started));
}

// ../sdk/src/report/build-report.ts
init_esm_shims();
var STEP_RE = /^\[(?:[^\]]*\s)?\d+\/\d+\]\s+(\S+)/;
var IMPORT_RE = /^importing cache manifest from (.+)$/;
var EXPORT_RE = /^exporting cache/;
function everyStepCached(report) {
  return report.totalSteps > 0 && report.cachedSteps === report.totalSteps;
}
function isBuildStep(name) {
  const m = STEP_RE.exec(name);
  return m !== null && m[1].toUpperCase() !== "FROM";
}
var ABSENT_RE = /not found|no such file|404|manifest unknown/i;
var UNREACHABLE_RE = /dial tcp|connection refused|connection reset|no such host|i\/o timeout|timed out|handshake|EOF\b/i;
function isCacheAbsent(error) {
  return ABSENT_RE.test(error) && !UNREACHABLE_RE.test(error);
}
function buildReport(vertices, ctx) {
  const steps = stepsOf(vertices);
  const warnings = [...ctx.warnings ?? []];
  const imports = [];
  const inRegistry2 = inRegistry(ctx.backend);
  for (const v of vertices) {
    const m = IMPORT_RE.exec(v.name);
    if (!m) continue;
    const ref = m[1];
    if (!v.error) imports.push({ ref, status: "found" });
    else if (isCacheAbsent(v.error)) imports.push({ ref, status: "missing", message: "no cache there yet (cold start)" });
    else {
      imports.push({ ref, status: "failed", message: v.error });
      warnings.push(importFailure(ref, v.error, inRegistry2));
    }
  }
  const exportVertices = vertices.filter((v) => EXPORT_RE.test(v.name));
  const failedExports = exportVertices.filter((v) => v.error);
  for (const v of failedExports) warnings.push(exportFailure(v.name, v.error, ctx.writes, inRegistry2));
  const cachedSteps = steps.filter((s) => s.cached).length;
  return {
    backend: ctx.backend,
    cacheFrom: ctx.cacheFrom,
    cacheTo: ctx.cacheTo,
    reads: ctx.reads,
    writes: ctx.writes,
    totalSteps: steps.length,
    cachedSteps,
    hitRatio: steps.length === 0 ? 0 : cachedSteps / steps.length,
    steps,
    firstMiss: steps.find((s) => !s.cached)?.name ?? null,
    importFound: cachedSteps > 0 || imports.some((i) => i.status === "found"),
    imports,
    exportStatus: ctx.cacheTo.length === 0 ? "skipped" : failedExports.length > 0 ? "failed" : "ok",
    warnings,
    savedMs: null
  };
}
function stepsOf(vertices) {
  const byName = /* @__PURE__ */ new Map();
  for (const v of vertices) {
    if (!isBuildStep(v.name)) continue;
    const step = { name: v.name, cached: v.cached, durationMs: duration2(v) };
    const seen = byName.get(v.name);
    if (!seen) byName.set(v.name, step);
    else {
      seen.cached &&= step.cached;
      if (step.durationMs !== null && (seen.durationMs === null || step.durationMs > seen.durationMs)) seen.durationMs = step.durationMs;
    }
  }
  return [...byName.values()];
}
function duration2(v) {
  if (!v.started || !v.completed) return null;
  const ms = Date.parse(v.completed) - Date.parse(v.started);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

// ../sdk/src/pipeline/explain-report.ts
init_esm_shims();

// ../sdk/src/record/explain.ts
init_esm_shims();
var MAX_LISTED_FILES = 10;
function stageOf(key) {
  return key.slice(0, key.lastIndexOf("#"));
}
function explainMiss(previous, current, missKey) {
  if (!previous) return { kind: "no-record", message: "no build record next to the cache (first build, or written by an older tool): cannot say why" };
  const before = previous.steps.find((s) => s.key === missKey);
  const after = current.steps.find((s) => s.key === missKey);
  if (!after) return { kind: "no-record", message: `step ${missKey} is not in this build's record` };
  const stage = stageOf(missKey);
  const baseBefore = previous.baseImages[stage];
  const baseAfter = current.baseImages[stage];
  if (baseBefore && baseAfter && baseBefore !== baseAfter) {
    return { kind: "base-image-moved", message: `the base image of stage ${stage} moved: ${short(baseBefore)} -> ${short(baseAfter)}`, before: baseBefore, after: baseAfter };
  }
  if (!before) return { kind: "new-step", message: `${missKey} is a new step (the cached build had no such step)` };
  if (before.instruction !== after.instruction) {
    return { kind: "instruction-changed", message: `the instruction changed: "${before.instruction}" -> "${after.instruction}"`, before: before.instruction, after: after.instruction };
  }
  const args = changedArgs(before, after);
  if (args.length > 0) return { kind: "build-arg-changed", message: `build arg${args.length > 1 ? "s" : ""} ${args.join(", ")} changed`, args };
  if (before.sourcesDigest !== after.sourcesDigest) {
    const files = changedFiles(before.sources ?? {}, after.sources ?? {});
    const listed = files.slice(0, MAX_LISTED_FILES);
    const more = files.length > listed.length ? ` and ${files.length - listed.length} more` : "";
    return { kind: "sources-changed", message: `files under the ${after.instruction.split(" ")[0]} source changed: ${listed.join(", ") || "(beyond the listed files)"}${more}`, files: listed };
  }
  return { kind: "not-in-cache", message: "its inputs did not change: the cache did not hold this step (mode=min, evicted, or the import failed)" };
}
function changedArgs(a, b) {
  const names = /* @__PURE__ */ new Set([...Object.keys(a.buildArgs), ...Object.keys(b.buildArgs)]);
  return [...names].filter((n) => a.buildArgs[n] !== b.buildArgs[n]).sort();
}
function changedFiles(before, after) {
  const paths = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((p) => before[p] !== after[p]).sort();
}
function savedMs(previous, cachedKeys) {
  if (!previous) return null;
  let total = 0;
  let known = false;
  for (const key of cachedKeys) {
    const ms = previous.steps.find((s) => s.key === key)?.builtMs;
    if (typeof ms === "number") {
      total += ms;
      known = true;
    }
  }
  return known ? total : null;
}
function short(digest) {
  return digest.replace(/^sha256:/, "").slice(0, 12);
}

// ../sdk/src/report/cache-cost.ts
init_esm_shims();
var EXPORT_RE2 = /^exporting cache/;
function exportDuration(vertices) {
  const times = vertices.filter((v) => EXPORT_RE2.test(v.name) && v.started && v.completed).map((v) => Date.parse(v.completed) - Date.parse(v.started));
  return times.length === 0 ? null : times.filter((ms) => Number.isFinite(ms) && ms >= 0).reduce((a, b) => a + b, 0);
}
function blobCost(read, written) {
  const sum = (entries) => [...entries].reduce((t, [, n]) => t + n, 0);
  if (!written) return { bytesImported: read ? sum(read) : null, bytesExported: null, bytesAtRest: null };
  const before = read ?? /* @__PURE__ */ new Map();
  return {
    bytesImported: sum([...written].filter(([d]) => before.has(d))),
    bytesExported: sum([...written].filter(([d]) => !before.has(d))),
    bytesAtRest: sum(written)
  };
}
function costHint(f) {
  if (f.exportMs === null || f.savedMs === null || f.exportMs <= f.savedMs) return void 0;
  const cheaper = f.pullRequest ? "skip the export on pull requests (cache.write: never for PR builds)" : f.mode === "max" ? "try mode=min (only the final stage's layers are exported)" : "write the cache from the default branch only (cache.write: never on other branches)";
  return `the cache export took ${seconds(f.exportMs)}, longer than the ${seconds(f.savedMs)} the cached steps saved: ${cheaper}`;
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}

// ../sdk/src/pipeline/explain-report.ts
function explainReport(report, previous, record) {
  const keyOf = (name) => {
    const parsed2 = parseStepName(name);
    return parsed2 ? stepKey(parsed2.stage, parsed2.position) : name;
  };
  if (report.firstMiss) {
    const reason = explainMiss(previous, record, keyOf(report.firstMiss));
    report.missReason = { kind: reason.kind, message: reason.message };
  }
  report.savedMs = savedMs(previous, report.steps.filter((s) => s.cached).map((s) => keyOf(s.name)));
}
async function cacheCostOf(plan, vertices, report, readBlobs, cwd) {
  const { options } = plan;
  const where = report.exportStatus === "ok" ? writtenLocation(plan.cachePlan, options, plan.keys.write) : void 0;
  const written = where ? await cacheBlobs(plan.cachePlan, [where], options, cwd) : void 0;
  const exportMs = exportDuration(vertices);
  const pullRequest = plan.keys.event === "pull-request";
  const hint = costHint({ exportMs, savedMs: report.savedMs, mode: options.cache.mode, pullRequest });
  return { ...blobCost(await readBlobs, written), exportMs, ...hint ? { hint } : {} };
}

// ../sdk/src/pipeline/image-cache.ts
async function openImageCache(plan, source, ctx) {
  const backend = backends[plan.backend];
  const input = { options: plan.options, keys: plan.keys, facts: ctx.facts };
  await backend.prepare?.(input, plan.cachePlan);
  const records = backend.recordStore?.(plan.cachePlan, ctx.cwd, ctx.credentials);
  const previous = await records?.read().catch(() => void 0);
  const readBlobs = cacheBlobs(plan.cachePlan, plan.reads, plan.options, ctx.cwd);
  return { plan, source, backend, input, records, previous, readBlobs, released: false };
}
async function releaseImageCache(open2) {
  if (open2.released) return;
  open2.released = true;
  await open2.backend.commit?.(open2.input, open2.plan.cachePlan, { buildSucceeded: false });
}
async function settleImageCache(open2, outcome, report, ctx) {
  const before = report.warnings.length;
  if (!outcome.succeeded) {
    if (outcome.notes.length > 0) report.notes = [...report.notes ?? [], ...outcome.notes.map(ctx.redact)];
    await releaseImageCache(open2);
    return [];
  }
  const sameCache = outcome.plan.cachePlan === open2.plan.cachePlan && !open2.released;
  const { plan } = outcome;
  const record = await collectRecord({ ...open2.source, vertices: outcome.vertices, previous: open2.previous }).catch(() => void 0);
  if (record) explainReport(report, open2.previous, record);
  if (sameCache && record && plan.writes && report.exportStatus === "ok") {
    await open2.records?.write(record).catch((error) => ctx.log.info(`layercache: build record not saved (${error.message})`));
  }
  const committed = sameCache ? await commitImage(open2, report, outcome) : void 0;
  report.warnings.push(...committed?.warnings ?? []);
  const notes = [...outcome.notes, ...committed?.notes ?? []];
  if (notes.length > 0) report.notes = [...report.notes ?? [], ...notes.map(ctx.redact)];
  await finishMounts(open2.mounts, report, ctx.log);
  report.cost = await cacheCostOf(plan, outcome.vertices, report, sameCache ? open2.readBlobs : Promise.resolve(void 0), ctx.cwd);
  if (committed?.integrityCheck) report.cost.integrityCheck = committed.integrityCheck;
  report.warnings = report.warnings.map(ctx.redact);
  return report.warnings.slice(before);
}
function commitImage(open2, report, outcome) {
  const o = {
    buildSucceeded: true,
    allStepsCached: everyStepCached(report),
    exported: report.exportStatus === "ok",
    readsDropped: outcome.readsDropped
  };
  return open2.backend.commit?.(open2.input, open2.plan.cachePlan, o);
}

// ../sdk/src/pipeline/runtime.ts
init_esm_shims();
function engineLine(engine) {
  const versions = `Docker ${engine.engineVersion ?? "unknown"}, buildx ${engine.buildxVersion}`;
  return `layercache: engine ${engine.dockerHost}; ${versions}, builder ${engine.builder} (${engine.driver})`;
}

// ../sdk/src/plan/build-plan.ts
init_esm_shims();

// ../sdk/src/plan/facts.ts
init_esm_shims();
function defaultFacts(overrides = {}) {
  return {
    exporters: /* @__PURE__ */ new Set(["inline", "registry", "local", "s3"]),
    imageManifest: true,
    runId: "dry-run",
    cwd: ".",
    metadataFile: ".layercache/metadata.json",
    ...overrides
  };
}

// ../sdk/src/plan/build-plan.ts
function planBuild(input, factsOverride = {}) {
  const options = parseOptions(input);
  const facts = defaultFacts(factsOverride);
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const choice = chooseBackend(options, facts);
  const cachePlan = choice.backend.plan({ options, keys, facts });
  const tags = [...options.tags, ...cachePlan.extraTags];
  const args = buildxArgs(options, facts, cachePlan, tags);
  const extra = options.cache.extraCredentials;
  const secretEnv = { ...extra ? s3CredentialEnv(extra) : {}, ...cachePlan.secretEnv };
  const plan = {
    command: options.dockerPath,
    args,
    backend: cachePlan.backend,
    backendReason: choice.reason,
    keys,
    tags,
    cacheFrom: [...cachePlan.cacheFrom, ...options.cache.extraFrom],
    cacheTo: [...cachePlan.cacheTo, ...options.cache.extraTo],
    reads: cachePlan.reads,
    writes: cachePlan.writes,
    notes: [...choice.reason ? [choice.reason] : [], ...cachePlan.notes],
    secretEnvNames: Object.keys(secretEnv),
    options,
    cachePlan
  };
  Object.defineProperty(plan, "secretEnv", { value: secretEnv, enumerable: false });
  Object.defineProperty(plan, "cachePlan", { value: cachePlan, enumerable: false });
  Object.defineProperty(plan, "options", { value: options, enumerable: false });
  return plan;
}
function withoutCache(plan, facts = {}) {
  const cache = { ...plan.options.cache, backend: "none", extraFrom: [], extraTo: [] };
  return planBuild(withParsedChanges(plan.options, { cache }), facts);
}
function withoutCacheReads(plan) {
  const args = plan.args.filter((arg, i) => arg !== "--cache-from" && plan.args[i - 1] !== "--cache-from");
  const copy = { ...plan, args, cacheFrom: [], reads: [] };
  for (const hidden of ["secretEnv", "options", "cachePlan"]) Object.defineProperty(copy, hidden, { value: plan[hidden], enumerable: false });
  return copy;
}
function buildxArgs(o, facts, cache, tags) {
  const args = ["buildx", "build"];
  if (o.builder) args.push("--builder", o.builder);
  args.push("--progress=rawjson", "--metadata-file", facts.metadataFile);
  args.push("--file", dockerfilePath(o));
  if (o.target) args.push("--target", o.target);
  for (const tag of tags) args.push("--tag", tag);
  if (o.platforms.length > 0) args.push("--platform", o.platforms.join(","));
  for (const [k, v] of Object.entries({ ...cache.buildArgs, ...o.buildArgs })) args.push("--build-arg", `${k}=${v}`);
  for (const [k, v] of Object.entries(o.labels)) args.push("--label", `${k}=${v}`);
  for (const host of o.addHosts) args.push("--add-host", host);
  for (const s of o.secrets) args.push("--secret", s.src !== void 0 ? `id=${s.id},src=${s.src}` : `id=${s.id},env=${s.env}`);
  for (const from of [...cache.cacheFrom, ...o.cache.extraFrom]) args.push("--cache-from", from);
  for (const to of [...cache.cacheTo, ...o.cache.extraTo]) args.push("--cache-to", to);
  if (o.push) args.push("--push");
  if (o.load) args.push("--load");
  if (o.pull) args.push("--pull");
  if (o.noCache) args.push("--no-cache");
  if (o.network !== "default") args.push(`--network=${o.network}`);
  args.push(o.context);
  return args;
}

// ../sdk/src/preflight/preflight.ts
init_esm_shims();

// ../sdk/src/engine/unreachable.ts
init_esm_shims();
function unreachableFix(e, said) {
  const certHint = "DOCKER_CERT_PATH (the directory with ca.pem, cert.pem and key.pem; GitLab dind: $DOCKER_TLS_CERTDIR/client, e.g. /certs/client, shared with the service)";
  if (/HTTP request to an HTTPS server/i.test(said)) {
    return `this port speaks TLS: set DOCKER_TLS_VERIFY=1 and ${certHint}`;
  }
  if (/could not read (CA|certificate|key)|open .*\.pem: no such file|no such file.*\.pem/i.test(said) || e?.tls && e.tls.missing.length > 0) {
    const missing = e?.tls?.missing.length ? `${e.tls.missing.join(", ")} missing from ${e.tls.certDir}` : "certificate files missing";
    return `TLS is on but ${missing}: set ${certHint}${e?.context !== "default" && e ? `, or re-create docker context "${e.context}" with --docker ca=\u2026,cert=\u2026,key=\u2026` : ""}`;
  }
  if (/certificate required|bad certificate|unknown certificate/i.test(said)) {
    return `the daemon wants a client certificate signed by its CA: point ${certHint} at this daemon's client certificates`;
  }
  if (/unknown authority|failed to verify certificate|certificate is not valid|certificate is valid for|x509/i.test(said)) {
    return `the daemon's certificate does not verify against ${e?.tls ? `${e.tls.certDir}/ca.pem` : "ca.pem"}: use this daemon's CA and the host name or IP its certificate names (DOCKER_CERT_PATH, DOCKER_HOST)`;
  }
  if (/first record does not look like a TLS handshake|server gave HTTP response to HTTPS client/i.test(said)) {
    return "this port speaks plain HTTP, not TLS: use the daemon's TLS port (2376 for docker:dind) or unset DOCKER_TLS_VERIFY and DOCKER_TLS";
  }
  if (e?.scheme === "ssh" || /\bssh\b/i.test(said)) {
    return 'check that "ssh USER@HOST docker system dial-stdio" works here: the key in ssh-agent or ~/.ssh, the host in known_hosts, docker on the remote PATH';
  }
  if (/permission denied/i.test(said)) {
    return "the socket is not writable by this user: add it to the docker group, or run the job as a user that may use Docker";
  }
  if (e?.tls) {
    return "nothing answers there: start the daemon (GitLab: a docker:dind service with alias docker; CircleCI: setup_remote_docker) and check the host and port; the TLS settings look complete";
  }
  if (e?.scheme === "tcp")
    return "start Docker, or set DOCKER_HOST to a running daemon (a docker:dind service answers on tcp://docker:2376 with TLS, tcp://docker:2375 without)";
  return "start Docker, or set DOCKER_HOST to a running daemon (e.g. unix:///var/run/docker.sock, or tcp://docker:2376 with a docker:dind service)";
}
function unreachableError(e, said) {
  const where = e ? describeEndpoint(e) : "the endpoint of the inherited environment (DOCKER_HOST or the current docker context)";
  const fix = unreachableFix(e, said);
  return new EngineError(
    `[layercache] the Docker daemon is not reachable at ${where} (${said || "docker info failed"}). Fix: ${fix}.`
  );
}

// ../sdk/src/preflight/buildx-parse.ts
init_esm_shims();
function parseBuildxVersion(stdout) {
  const match = /\sv?(\d+\.\d+\.\d+)|\sv?([0-9a-f]{7,40})\b/.exec(stdout);
  if (!match) throw new Error(`cannot parse the buildx version from: ${stdout.trim().slice(0, 120)}`);
  return match[1] ?? match[2];
}
function parseBuildxInspect(stdout) {
  const builder = { nodes: [] };
  let node;
  let section;
  for (const line of stdout.split("\n")) {
    if (line.trim() === "") continue;
    const indented = /^\s/.test(line);
    const colon = line.indexOf(":");
    const key = (colon < 0 ? line : line.slice(0, colon)).trim();
    const value = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (indented) {
      if (node && section === "features") node.features[key] = value === "true";
      else if (node && section === "labels") node.labels[key] = value;
      continue;
    }
    section = void 0;
    const lkey = key.toLowerCase();
    if (lkey === "nodes") {
      node = void 0;
    } else if (lkey === "name") {
      if (builder.name === void 0) builder.name = value;
      else builder.nodes.push(node = { name: value, driverOpts: [], platforms: [], labels: {} });
    } else if (!node) {
      if (lkey === "driver") builder.driver = value;
      else if (lkey === "error") builder.error = value;
    } else if (lkey === "endpoint") node.endpoint = value;
    else if (lkey === "status") node.status = value;
    else if (lkey === "buildkit version" || lkey === "buildkit") node.buildkit = value;
    else if (lkey === "driver options") node.driverOpts = [...value.matchAll(/([\w.-]+)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    else if (lkey === "platforms") node.platforms = preferredPlatforms(value);
    else if (lkey === "features") {
      node.features = {};
      section = "features";
    } else if (lkey === "labels") section = "labels";
    else section = "other";
  }
  return builder;
}
function preferredPlatforms(value) {
  const all = value.split(",").map((p) => p.trim()).filter(Boolean);
  const starred = all.filter((p) => p.endsWith("*"));
  return starred.length > 0 ? starred.map((p) => p.slice(0, -1)) : all;
}

// ../sdk/src/preflight/capabilities.ts
init_esm_shims();
var EVERY_EXPORTER = ["inline", "registry", "local", "s3", "gha", "azblob"];
var FULL_BUILDKIT_DRIVERS = ["docker-container", "remote", "kubernetes", "cloud"];
function cacheCapabilities(f) {
  const buildkit = effectiveBuildkitVersion(f);
  const imageManifest = buildkit !== void 0 && compareVersions(buildkit, "0.12.0") >= 0;
  const base = { imageManifest, buildkitSource: buildkitVersionSource(f) };
  const cacheExport = f.features?.["Cache export"];
  if (cacheExport === false) {
    return { ...base, exporters: ["inline"], exportersSource: "probed", summary: `${f.driver} driver: buildx reports no cache export, so only inline caches` };
  }
  const exportersSource = cacheExport === true ? "probed" : "driver";
  if (f.driver === "docker") {
    if (f.containerdStore) {
      return { ...base, exporters: ["inline", "registry", "local", "gha"], exportersSource, summary: "docker driver with the containerd image store: inline, registry, local and gha caches" };
    }
    return { ...base, exporters: ["inline"], exportersSource, summary: "docker driver without the containerd image store: only inline caches can be exported" };
  }
  if (FULL_BUILDKIT_DRIVERS.includes(f.driver)) {
    return { ...base, exporters: EVERY_EXPORTER, exportersSource, summary: `${f.driver} driver: every cache exporter (inline, registry, local, s3, gha, azblob)` };
  }
  return { ...base, exporters: ["inline", "registry", "local"], exportersSource, summary: `unknown driver ${f.driver}: inline, registry and local caches assumed` };
}
function reportedVersion(f) {
  const reported = f.buildkitVersion?.replace(/^v/, "");
  return reported && /^\d+\.\d+\.\d+/.test(reported) && !reported.startsWith("0.0.0") ? reported : void 0;
}
function buildkitVersionSource(f) {
  if (reportedVersion(f)) return "reported";
  return effectiveBuildkitVersion(f) === void 0 ? "unknown" : "engine";
}
function effectiveBuildkitVersion(f) {
  const reported = reportedVersion(f);
  if (reported) return reported;
  if (f.driver !== "docker" || !f.engineVersion) return void 0;
  const major = Number(f.engineVersion.split(".")[0]);
  const table = { 23: "0.11.0", 24: "0.11.6", 25: "0.12.5", 26: "0.13.0", 27: "0.15.0", 28: "0.20.0" };
  if (table[major]) return table[major];
  return major > 28 ? "0.20.0" : void 0;
}
function compareVersions(a, b) {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ../sdk/src/preflight/preflight.ts
var INFO_TIMEOUT_MS = 3e4;
async function preflight(input) {
  const engine = await engineFacts(input);
  const [buildx, inspect] = await Promise.all([
    input.run(input.dockerPath, ["buildx", "version"], { env: input.env }),
    // The CLI's --debug makes inspect print buildx's driver features ("Cache export: true"): the probe.
    input.run(input.dockerPath, ["--debug", "buildx", "inspect", ...input.builder ? [input.builder] : []], { env: input.env })
  ]).catch(unrunnableDockerIsBadInput(input.dockerPath));
  if (buildx.exitCode !== 0) {
    throw new EngineError(
      `[layercache] docker buildx is not available (${tailLines(buildx.stderrTail, 2) || `exit ${buildx.exitCode}`}). Fix: install the docker-buildx plugin (Debian: docker-buildx; Docker: docker-buildx-plugin).`
    );
  }
  if (inspect.exitCode !== 0) {
    throw new EngineError(
      `[layercache] buildx builder ${input.builder ?? "(current)"} cannot be inspected: ${tailLines(
        inspect.stderrTail,
        2
      )}. Fix: create it (docker buildx create --name \u2026) or drop the builder option.`
    );
  }
  const info = parseBuildxInspect(inspect.stdout);
  const node = info.nodes[0];
  const facts = {
    driver: info.driver ?? "docker",
    containerdStore: engine.containerdStore,
    buildkitVersion: node?.buildkit,
    engineVersion: engine.version,
    features: node?.features
  };
  return {
    ...cacheCapabilities(facts),
    dockerHost: input.endpoint ? describeEndpoint(input.endpoint) : "the inherited environment (DOCKER_HOST or the current docker context)",
    endpoint: input.endpoint,
    engineVersion: engine.version,
    containerdStore: engine.containerdStore,
    buildxVersion: parseBuildxVersion(buildx.stdout),
    builder: info.name ?? input.builder ?? "default",
    driver: facts.driver,
    buildkitVersion: effectiveBuildkitVersion(facts),
    buildkitReported: node?.buildkit,
    features: facts.features
  };
}
async function engineFacts(input) {
  const result = await input.run(input.dockerPath, ["info", "--format", "{{json .}}"], {
    env: input.env,
    signal: AbortSignal.timeout(INFO_TIMEOUT_MS)
  }).catch(unrunnableDockerIsBadInput(input.dockerPath)).catch((error) => {
    if (error instanceof ConfigError) throw error;
    const said2 = error.name === "AbortError" ? `no answer within ${INFO_TIMEOUT_MS / 1e3} s` : error.message;
    throw unreachableError(input.endpoint, said2);
  });
  const info = parseInfo(result.stdout);
  const said = tailLines(result.stderrTail, 2) || info?.ServerErrors?.join("; ") || "";
  if (result.exitCode !== 0 || !info?.ServerVersion)
    throw unreachableError(input.endpoint, said.replace(/\s+/g, " ").trim());
  const driverStatus = info.DriverStatus ?? [];
  const containerdStore = driverStatus.some(([k, v]) => k === "driver-type" && v === "io.containerd.snapshotter.v1");
  return { version: info.ServerVersion, containerdStore };
}
function parseInfo(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return void 0;
  }
}

// ../sdk/src/run/build-environment.ts
init_esm_shims();
import { mkdtemp as mkdtemp2, rm as rm9 } from "fs/promises";
import os3 from "os";
import path28 from "path";
import { randomBytes as randomBytes4 } from "crypto";

// ../sdk/src/run/docker-config.ts
init_esm_shims();
import { symlink as symlink2, stat as stat10, writeFile as writeFile6 } from "fs/promises";
import path27 from "path";

// ../sdk/src/credentials/login-helper.ts
init_esm_shims();
import { chmod, mkdir as mkdir6, writeFile as writeFile5 } from "fs/promises";
import net from "net";
import path25 from "path";
var LOGIN_HELPER = "layercache";
var helperSource = (socketPath) => `'use strict';
const net = require('node:net');
let input = '';
const notFound = () => { process.stdout.write('credentials not found in native keychain\\n'); process.exitCode = 1; };
process.stdin.setEncoding('utf8').on('data', (d) => (input += d)).on('end', () => {
  const op = process.argv[2];
  if (op !== 'get') { if (op === 'list') process.stdout.write('{}\\n'); return; }
  const socket = net.connect(${JSON.stringify(socketPath)});
  let answer = '';
  socket.setEncoding('utf8').on('data', (d) => (answer += d));
  socket.on('end', () => (answer ? process.stdout.write(answer) : notFound()));
  socket.on('error', notFound);
  socket.end(input.trim());
});
`;
async function startLoginHelper(dir, served, nodePath = process.execPath) {
  const binDir = path25.join(dir, "bin");
  const socketPath = path25.join(dir, "helper.sock");
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    let asked = "";
    socket.setEncoding("utf8").on("data", (d) => asked += d);
    socket.on("error", () => void 0);
    socket.on("end", () => {
      const credentials = served.get(authKey(asked.trim()));
      socket.end(
        credentials ? JSON.stringify({ ServerURL: asked.trim(), Username: credentials.username, Secret: credentials.password }) : ""
      );
    });
  });
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve3());
  });
  server.unref();
  await chmod(socketPath, 384);
  await mkdir6(binDir, { mode: 448 });
  const helper = path25.join(binDir, `docker-credential-${LOGIN_HELPER}`);
  if (/^\S+$/.test(nodePath)) {
    await writeFile5(path25.join(binDir, "package.json"), '{"type":"commonjs"}\n', { mode: 384 });
    await writeFile5(helper, `#!${nodePath}
${helperSource(socketPath)}`, { mode: 448 });
  } else {
    await writeFile5(path25.join(binDir, "helper.cjs"), helperSource(socketPath), { mode: 384 });
    await writeFile5(helper, `#!/bin/sh
exec ${shQuote(nodePath)} ${shQuote(path25.join(binDir, "helper.cjs"))} "$@"
`, { mode: 448 });
  }
  return { binDir, close: () => new Promise((resolve3) => server.close(() => resolve3())) };
}
function shQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// ../sdk/src/credentials/private-dir.ts
init_esm_shims();
import { lstatSync, rmSync } from "fs";
import { lstat as lstat3, mkdir as mkdir7, mkdtemp, readdir as readdir6, rm as rm8 } from "fs/promises";
import os2 from "os";
import path26 from "path";
var RUN_DIR = /^run-(\d+)-/;
function privateRoot(tmp = os2.tmpdir()) {
  return path26.join(tmp, `layercache-${process.getuid?.() ?? "user"}`);
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function sweepStaleRunDirs(root) {
  const removed = [];
  for (const name of await readdir6(root).catch(() => [])) {
    const pid = Number(RUN_DIR.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    await rm8(path26.join(root, name), { recursive: true, force: true }).catch(() => void 0);
    removed.push(name);
  }
  return removed;
}
async function safeRoot(root) {
  await mkdir7(root, { mode: 448 }).catch(() => void 0);
  const st = await lstat3(root).catch(() => void 0);
  const uid = process.getuid?.();
  return !!st && st.isDirectory() && !st.isSymbolicLink() && (uid === void 0 || st.uid === uid) && (st.mode & 63) === 0;
}
async function openPrivateDir(tmp = os2.tmpdir()) {
  const root = privateRoot(tmp);
  const useRoot = await safeRoot(root);
  if (useRoot) await sweepStaleRunDirs(root);
  const dir = await mkdtemp(
    path26.join(useRoot ? root : tmp, useRoot ? `run-${process.pid}-` : "layercache-docker-config-")
  );
  return {
    path: dir,
    remove: () => rm8(dir, { recursive: true, force: true }),
    removeSync: () => {
      if (lstatSync(dir, { throwIfNoEntry: false })) rmSync(dir, { recursive: true, force: true });
    }
  };
}

// ../sdk/src/run/docker-config.ts
function mergedConfig(user, logins) {
  const auths = { ...user.auths ?? {} };
  const credHelpers = { ...user.credHelpers ?? {} };
  const served = /* @__PURE__ */ new Map();
  if (!user.credsStore) {
    for (const [key, entry] of Object.entries(auths)) {
      const credentials = entryCredentials(entry);
      if (!credentials || lookupByRegistry(credHelpers, key) !== void 0) continue;
      served.set(authKey(key), credentials);
      delete auths[key];
    }
  }
  for (const login2 of logins) {
    served.set(authKey(login2.registry), { username: login2.username, password: login2.password });
    for (const key of Object.keys(auths)) if (authKey(key) === authKey(login2.registry)) delete auths[key];
  }
  for (const [key, entry] of Object.entries(auths)) {
    if (!entryCredentials(entry)) continue;
    const { auth: _a, password: _p, identitytoken: _i, ...rest } = entry;
    auths[key] = rest;
  }
  for (const key of served.keys()) {
    for (const k of Object.keys(credHelpers)) if (authKey(k) === key) delete credHelpers[k];
    credHelpers[key] = LOGIN_HELPER;
  }
  return { config: { ...user, auths, credHelpers }, served };
}
async function createDockerConfig(logins, env) {
  const userDir = userDockerConfigDir(env);
  const dir = await openPrivateDir();
  try {
    const { config, served } = mergedConfig(await readDockerConfigFile(userDir), logins);
    const helper = await startLoginHelper(dir.path, served);
    await writeFile6(path27.join(dir.path, "config.json"), JSON.stringify(config), { mode: 384 });
    for (const shared of ["buildx", "cli-plugins", "contexts"]) {
      if (await stat10(path27.join(userDir, shared)).catch(() => void 0)) {
        await symlink2(path27.join(userDir, shared), path27.join(dir.path, shared));
      }
    }
    const pathVar = [helper.binDir, env.PATH].filter(Boolean).join(path27.delimiter);
    return {
      dir: dir.path,
      env: { DOCKER_CONFIG: dir.path, PATH: pathVar },
      dispose: async () => {
        await helper.close();
        await dir.remove();
      },
      disposeSync: () => dir.removeSync()
    };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}

// ../sdk/src/run/interrupt.ts
init_esm_shims();
var KEY = /* @__PURE__ */ Symbol.for("layercache.runs");
var runs = globalThis[KEY] ??= {
  controllers: /* @__PURE__ */ new Set(),
  cleanups: /* @__PURE__ */ new Set()
};
function trackRun(outer) {
  const controller = new AbortController();
  const follow = () => controller.abort(outer?.reason instanceof InterruptedError ? outer.reason : new InterruptedError("SIGTERM"));
  if (outer?.aborted) follow();
  else outer?.addEventListener("abort", follow, { once: true });
  runs.controllers.add(controller);
  const mine = /* @__PURE__ */ new Set();
  return {
    signal: controller.signal,
    onForcedExit(cleanup) {
      mine.add(cleanup);
      runs.cleanups.add(cleanup);
      return () => {
        mine.delete(cleanup);
        runs.cleanups.delete(cleanup);
      };
    },
    release() {
      outer?.removeEventListener("abort", follow);
      runs.controllers.delete(controller);
      for (const c of mine) runs.cleanups.delete(c);
    }
  };
}

// ../sdk/src/run/redact.ts
init_esm_shims();
function makeRedactor(secrets2) {
  const values = [...new Set(secrets2.filter((s) => typeof s === "string" && s.length >= 4))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return (t) => t;
  return (text2) => values.reduce((out, v) => out.split(v).join("***"), text2);
}

// ../sdk/src/run/build-environment.ts
var consoleLogger = { info: (l) => console.error(l), warn: (l) => console.error(`warning: ${l}`) };
function secretValues(o) {
  const { harness, extraCredentials: extra } = o.cache;
  const keys = [harness?.secretAccessKey, harness?.sessionToken, harness?.accessKeyId, extra?.secretAccessKey, extra?.sessionToken, extra?.accessKeyId];
  return [...o.registryAuth.map((a) => a.password), ...keys].filter((v) => v !== void 0 && v !== "");
}
function redactedLogging(options, sink = consoleLogger) {
  const redact = makeRedactor(secretValues(options));
  return { redact, log: { info: (l) => sink.info(redact(l)), warn: (l) => sink.warn(redact(l)) } };
}
function requireEnvForCredentials(options, env, entryPoint) {
  if (env === void 0 && (options.registryAuth.length > 0 || options.cache.harness || options.cache.extraCredentials)) {
    throw new ConfigError([{ path: "runtime.env", message: "is required with registryAuth or harness credentials", hint: `call ${entryPoint}(options, { env: process.env })` }]);
  }
}
async function openRunWorkspace(options, env, prefix, tracked, run) {
  const workDir = await mkdtemp2(path28.join(os3.tmpdir(), prefix));
  const dockerConfig = options.registryAuth.length > 0 ? await createDockerConfig(options.registryAuth, env ?? {}) : void 0;
  const unregister = dockerConfig && tracked.onForcedExit(() => dockerConfig.disposeSync());
  return {
    metadataFile: path28.join(workDir, "metadata.json"),
    childEnv: (extra) => env === void 0 && Object.keys(extra).length === 0 && !dockerConfig ? void 0 : { ...env ?? {}, ...extra, ...dockerConfig?.env ?? {} },
    credentials: credentialSource({ logins: options.registryAuth, env, run }),
    dispose: async () => {
      await dockerConfig?.dispose();
      unregister?.();
      await rm9(workDir, { recursive: true, force: true });
    }
  };
}
async function openTrackedWorkspace(options, env, prefix, outer, run) {
  const tracked = trackRun(outer);
  try {
    const workspace = await openRunWorkspace(options, env, prefix, tracked, run);
    return {
      ...workspace,
      signal: tracked.signal,
      dispose: async () => {
        try {
          await workspace.dispose();
        } finally {
          tracked.release();
        }
      }
    };
  } catch (error) {
    tracked.release();
    throw error;
  }
}
function preflightFacts(engine, at) {
  return defaultFacts({
    exporters: new Set(engine.exporters),
    imageManifest: engine.imageManifest,
    builderSummary: engine.summary,
    runId: `${Date.now().toString(36)}-${randomBytes4(4).toString("hex")}`,
    cwd: at.cwd,
    metadataFile: at.metadataFile,
    localCaches: at.localCaches,
    ...at.previousCaches ? { previousCaches: at.previousCaches } : {},
    ...at.credentials ? { credentials: at.credentials } : {}
  });
}

// ../sdk/src/run/buildx-stream.ts
init_esm_shims();

// ../sdk/src/report/human-progress.ts
init_esm_shims();
function progressLines(tracker, status, announced) {
  const lines = [];
  const changed = tracker.apply(status);
  for (const v of changed) {
    if (!announced.has(v.digest)) {
      announced.add(v.digest);
      lines.push(`#${v.index} ${v.name}`);
    }
    const end = ending(v);
    if (end && !announced.has(`${v.digest}:end`)) {
      announced.add(`${v.digest}:end`);
      lines.push(`#${v.index} ${end}`);
    }
  }
  for (const log of status.logs ?? []) {
    const v = tracker.vertex(log.vertex);
    const text2 = Buffer.from(log.data ?? "", "base64").toString("utf8");
    for (const line of text2.split("\n")) if (line.trim() !== "") lines.push(`#${v?.index ?? "?"} ${line}`);
  }
  return lines;
}
function ending(v) {
  if (v.error) return `ERROR: ${v.error}`;
  if (v.cached) return "CACHED";
  if (v.completed && v.started) return `DONE ${((Date.parse(v.completed) - Date.parse(v.started)) / 1e3).toFixed(1)}s`;
  return void 0;
}

// ../sdk/src/report/json-stream.ts
init_esm_shims();
var JsonObjectSplitter = class {
  buffer = "";
  depth = 0;
  inString = false;
  escaped = false;
  start = -1;
  scanned = 0;
  /** The character before the current one at depth 0: objects start only at a line start. */
  previous = "\n";
  /**
   * Feeds a chunk; returns the complete top-level JSON texts it finished, in order, and the
   * plain text found between objects (buildx's own error lines).
   */
  push(chunk) {
    this.buffer += chunk;
    const out = [];
    let text2 = "";
    for (let i = this.scanned; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === "\\") this.escaped = true;
        else if (c === '"') this.inString = false;
        continue;
      }
      if (this.depth === 0 && (c !== "{" || this.previous !== "\n")) {
        text2 += c;
        this.previous = c;
        continue;
      }
      if (c === '"') this.inString = true;
      else if (c === "{") {
        if (this.depth === 0) this.start = i;
        this.depth++;
      } else if (c === "}" && this.depth > 0) {
        this.depth--;
        if (this.depth === 0) {
          out.push(this.buffer.slice(this.start, i + 1));
          this.previous = "}";
        }
      }
    }
    if (this.depth === 0) {
      this.buffer = "";
      this.scanned = 0;
    } else {
      this.buffer = this.buffer.slice(this.start);
      this.start = 0;
      this.scanned = this.buffer.length;
    }
    return { objects: out, text: text2 };
  }
};

// ../sdk/src/report/progress.ts
init_esm_shims();
var ProgressTracker = class {
  byDigest = /* @__PURE__ */ new Map();
  /** Applies one event; returns the vertices it changed. */
  apply(status) {
    const changed = [];
    for (const v of status.vertexes ?? []) {
      let state = this.byDigest.get(v.digest);
      if (!state) {
        state = { digest: v.digest, name: v.name ?? v.digest, index: this.byDigest.size + 1, inputs: [], cached: false };
        this.byDigest.set(v.digest, state);
      }
      if (v.name) state.name = v.name;
      if (v.inputs && v.inputs.length > 0) state.inputs = v.inputs;
      if (v.started) state.started = v.started;
      if (v.completed) state.completed = v.completed;
      if (v.cached) state.cached = true;
      if (v.error) state.error = v.error;
      changed.push(state);
    }
    return changed;
  }
  vertex(digest) {
    return this.byDigest.get(digest);
  }
  /** Vertices in build order: every vertex after its inputs (BuildKit reports them top-down). */
  vertices() {
    return buildOrder([...this.byDigest.values()]);
  }
};
function buildOrder(vertices) {
  const byDigest = new Map(vertices.map((v) => [v.digest, v]));
  const depth = /* @__PURE__ */ new Map();
  const depthOf = (v, seen) => {
    const known = depth.get(v.digest);
    if (known !== void 0) return known;
    if (seen.has(v.digest)) return 0;
    seen.add(v.digest);
    let d = 0;
    for (const input of v.inputs) {
      const parent = byDigest.get(input);
      if (parent) d = Math.max(d, depthOf(parent, seen) + 1);
    }
    depth.set(v.digest, d);
    return d;
  };
  return [...vertices].sort((a, b) => depthOf(a, /* @__PURE__ */ new Set()) - depthOf(b, /* @__PURE__ */ new Set()) || a.index - b.index);
}

// ../sdk/src/run/cache-deadline.ts
init_esm_shims();
var IMPORT = /^importing cache manifest from /;
var EXPORT = /^exporting cache/;
function cachePhase(v) {
  if (IMPORT.test(v.name)) return "import";
  if (EXPORT.test(v.name)) return "export";
  return void 0;
}
var CacheDeadline = class {
  constructor(limitMs) {
    this.limitMs = limitMs;
  }
  limitMs;
  since = /* @__PURE__ */ new Map();
  /** Feed every vertex the tracker changed, with the local time it was seen. */
  observe(changed, now) {
    for (const v of changed) {
      if (cachePhase(v) === void 0) continue;
      if (v.completed || v.error) this.since.delete(v.digest);
      else if (v.started && !this.since.has(v.digest)) this.since.set(v.digest, now);
    }
  }
  /**
   * The cache vertex past the limit, if giving up on it now is safe: an import at any time (the
   * build reruns without the cache), an export only once every other vertex is done, so the image
   * export and push are never cut short.
   */
  overrun(vertices, now) {
    if (this.limitMs <= 0) return void 0;
    for (const v of vertices) {
      const started = this.since.get(v.digest);
      if (started === void 0 || now - started < this.limitMs || v.completed || v.error) continue;
      const phase = cachePhase(v);
      if (phase === "export" && vertices.some((o) => cachePhase(o) === void 0 && o.started && !o.completed && !o.error)) continue;
      return { phase, vertex: v };
    }
    return void 0;
  }
};

// ../sdk/src/run/buildx-stream.ts
var DEADLINE_CHECK_MS = 1e3;
function combinedSignal(...signals) {
  const present = signals.filter((s) => s !== void 0);
  if (present.length <= 1) return present[0];
  const either = new AbortController();
  for (const s of present) s.addEventListener("abort", () => either.abort(s.reason), { once: true });
  return either.signal;
}
async function runBuildx(r) {
  r.log.info(`layercache: ${r.command} ${r.args.join(" ")}`);
  const tracker = new ProgressTracker();
  const splitter = new JsonObjectSplitter();
  const announced = /* @__PURE__ */ new Set();
  const transform = r.transformStatus ?? ((s) => s);
  let plainText = "";
  const limitSeconds = r.cacheTimeoutSeconds ?? 0;
  const deadline = new CacheDeadline(limitSeconds * 1e3);
  const stop = new AbortController();
  let abandoned;
  const check = () => {
    if (abandoned) return;
    abandoned = deadline.overrun(tracker.vertices(), Date.now());
    if (!abandoned) return;
    abandoned.vertex.error = `did not finish within ${limitSeconds} s (cache.timeout); abandoned`;
    r.log.warn(`layercache: ${abandoned.vertex.name} did not finish within ${limitSeconds} s (cache.timeout); stopping it`);
    stop.abort();
  };
  const timer = limitSeconds > 0 ? setInterval(check, DEADLINE_CHECK_MS) : void 0;
  timer?.unref();
  const result = await r.run(r.command, r.args, {
    cwd: r.cwd,
    env: r.env,
    signal: combinedSignal(limitSeconds > 0 ? stop.signal : void 0, r.signal),
    onStderr: (chunk) => {
      const { objects, text: text2 } = splitter.push(chunk);
      plainText = (plainText + text2).slice(-4096);
      for (const json of objects) {
        let status;
        try {
          status = JSON.parse(json);
        } catch {
          continue;
        }
        const routed = transform(status);
        for (const line of progressLines(tracker, routed, announced)) r.log.info(line);
        if (limitSeconds > 0) deadline.observe((routed.vertexes ?? []).flatMap((v) => tracker.vertex(v.digest) ?? []), Date.now());
      }
      for (const line of text2.split("\n")) if (line.trim() !== "") r.log.info(line);
    }
  }).catch((error) => {
    if (abandoned && !r.signal?.aborted) return { exitCode: null, stdout: "", stderrTail: "" };
    throw error;
  }).finally(() => clearInterval(timer));
  if (abandoned) abandoned.vertex.error = `did not finish within ${limitSeconds} s (cache.timeout); abandoned`;
  return { exitCode: result.exitCode, stderrTail: r.redact(plainText || result.stderrTail), tracker, ...abandoned ? { abandoned } : {} };
}

// ../sdk/src/run/context-exclusion.ts
init_esm_shims();
import { mkdir as mkdir8, readFile as readFile12, writeFile as writeFile7 } from "fs/promises";
import path29 from "path";
async function excludeCacheFromContext(found2, dockerfile, workDir) {
  await mkdir8(workDir, { recursive: true });
  const copy = path29.join(workDir, "Dockerfile");
  await writeFile7(copy, await readFile12(dockerfile));
  const patterns = `${found2.ignoreText.replace(/\n?$/, "\n")}# layercache: the local cache is not part of the build context
/${found2.relative}
`;
  await writeFile7(`${copy}.dockerignore`, found2.ignoreText === "" ? patterns.replace(/^\n/, "") : patterns);
  const source = found2.ignoreFile ? `the patterns of ${found2.ignoreFile} plus ` : "";
  return {
    dockerfile: copy,
    note: `the local cache directory ${found2.relative}/ lies inside the build context and no .dockerignore leaves it out; built with ${source}an exclusion of ${found2.relative}/ (add "/${found2.relative}" to .dockerignore to make this explicit)`
  };
}

// ../sdk/src/run/engine-damage.ts
init_esm_shims();
function engineDamageHint(stderr) {
  const lease = /lease "([^"]+)": not found/.exec(stderr)?.[1];
  if (lease !== void 0) {
    return `[layercache] the Docker engine's build cache is damaged: BuildKit keeps a record whose lease ${lease} is gone (left by an earlier import of a corrupted cache), so every build on this engine fails until it is repaired. \`docker buildx prune\` does not remove it. Fix: restart the Docker daemon (e.g. \`systemctl restart docker\`), or, to build again without a restart, recreate the lease on the engine host: \`ctr -n moby leases create --id ${lease} -x 0\` (with \`-a\` set to dockerd's containerd socket), then \`docker buildx prune --all --force\`; the records it kept (a few MB, which no prune removes) go at the next daemon restart.`;
  }
  if (/unexpected commit digest/.test(stderr)) {
    return '[layercache] a cache layer did not match its digest (a corrupted cache was read). Check the cache it read (layercache checks local snapshots before a build; raw --cache-from entries are passed on unchecked). If later builds on this engine fail with `lease "\u2026": not found`, restart the Docker daemon.';
  }
  return void 0;
}

// ../sdk/src/build.ts
async function cachedBuild(input, runtime = {}) {
  const started = Date.now();
  const cwd = runtime.cwd ?? process.cwd();
  const options = await checkBuildInputs(input, { env: runtime.env, cwd });
  const run = runtime.run ?? runProcess;
  const { redact, log } = redactedLogging(options, runtime.logger);
  requireEnvForCredentials(options, runtime.env, "cachedBuild");
  const target = engineTarget(runtime.env, options.dockerContext, "cachedBuild");
  const { env } = target;
  const engine = runtime.preflight ?? await preflight({ env, endpoint: target.endpoint, dockerPath: options.dockerPath, builder: options.builder, run });
  log.info(engineLine(engine));
  const workspace = await openTrackedWorkspace(options, env, "layercache-run-", runtime.signal, run);
  const { credentials } = workspace;
  const workDir = path30.dirname(workspace.metadataFile);
  try {
    const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
    const found2 = await findExistingCaches({ cache: options.cache, keys, cwd, credentials });
    const facts = preflightFacts(engine, {
      cwd,
      metadataFile: workspace.metadataFile,
      localCaches: found2.caches,
      previousCaches: found2.previous,
      credentials
    });
    const exclusion = await cacheExclusion(options, cwd, workDir);
    const plan = planBuild(exclusion ? withParsedChanges(options, { dockerfile: exclusion.dockerfile }) : options, facts);
    for (const note of plan.notes) log.info(`layercache: ${note}`);
    const ctx = { facts, cwd, credentials, log, redact };
    const source = {
      context: path30.resolve(cwd, options.context),
      dockerfile: path30.resolve(cwd, dockerfilePath(options)),
      buildArgs: options.buildArgs
    };
    const image = await openImageCache(plan, source, ctx);
    const childEnv = workspace.childEnv({});
    image.mounts = await openMounts({ plan, facts, engine, cwd, workDir, run, env: childEnv, signal: workspace.signal, log });
    const invocation = {
      attempt: (p, withSecrets) => runBuildx({
        command: p.command,
        args: p.args,
        cwd,
        env: workspace.childEnv(withSecrets ? p.secretEnv : {}),
        run,
        log,
        redact,
        signal: workspace.signal,
        cacheTimeoutSeconds: options.cache.timeout
      }),
      withoutCache: (p) => withoutCache(p, facts),
      withoutReads: withoutCacheReads,
      // The caller's own extraFrom/extraTo entries count too: with backend none they are the only cache.
      hasCache: (p) => p.cacheFrom.length + p.cacheTo.length > 0,
      readsAnything: (p) => p.cacheFrom.length > 0,
      reads: (p) => p.reads,
      cacheName: (p) => backends[p.backend].exporter === null ? "given" : p.backend,
      release: () => releaseImageCache(image)
    };
    const ladder = { strict: options.cache.strict, timeoutSeconds: options.cache.timeout, log };
    const ran = await attemptWithFallbacks(plan, invocation, ladder);
    const { attempt, warnings, plan: last } = ran;
    const reportOf = (vertices2) => buildReport(vertices2, {
      backend: last.backend,
      cacheFrom: last.cacheFrom,
      cacheTo: last.cacheTo,
      reads: last.reads,
      writes: last.writes,
      warnings
    });
    if (!ran.succeeded) {
      await releaseImageCache(image);
      throw buildFailure(attempt, last, options.cache.strict, redact, reportOf);
    }
    const vertices = attempt.tracker.vertices();
    const report = reportOf(vertices);
    const notes = exclusion ? [exclusion.note] : [];
    const outcome = { plan: last, vertices, succeeded: true, readsDropped: ran.readsDropped, notes };
    const added = await settleImageCache(image, outcome, report, ctx);
    for (const n of report.notes ?? []) log.info(`layercache: ${n}`);
    if (report.cost?.hint) log.info(`layercache: ${report.cost.hint}`);
    for (const w of added) log.warn(w);
    const strictFailure = options.cache.strict ? strictVerdict(report) : void 0;
    if (strictFailure) throw strictFailure;
    const metadata = await readMetadata(facts.metadataFile);
    const digest = metadata["containerimage.digest"];
    return {
      imageDigest: typeof digest === "string" ? digest : void 0,
      tags: last.tags,
      durationMs: Date.now() - started,
      report,
      plan: last,
      preflight: engine,
      metadata
    };
  } finally {
    await workspace.dispose();
  }
}
async function readMetadata(file) {
  return readFile13(file, "utf8").then((t) => JSON.parse(t)).catch(() => ({}));
}
function buildFailure(attempt, plan, strict, redact, reportOf) {
  const vertices = attempt.tracker.vertices();
  const cacheVertex = vertices.find((v) => v.error && /^(importing|exporting) cache/.test(v.name));
  if (strict && cacheVertex) {
    const importRef = /^importing cache manifest from (.+)$/.exec(cacheVertex.name)?.[1];
    const what = importRef ? `import from ${importRef}` : `export to ${plan.writes ?? plan.cacheTo.join(" ")}`;
    return new BackendError(plan.backend, redact(`strict: cache ${what} failed: ${cacheVertex.error}`));
  }
  const failed = vertices.find((v) => v.error && !/^(importing|exporting) cache/.test(v.name));
  const summary = failed ? `[layercache] build step ${failed.name} failed (exit code ${attempt.exitCode})` : `[layercache] docker buildx build failed with exit code ${attempt.exitCode ?? "unknown"}`;
  const hint = engineDamageHint(attempt.stderrTail);
  const error = new BuildError(attempt.exitCode, redact(tailLines(attempt.stderrTail)), hint ? `${summary}
${hint}` : summary);
  error.report = reportOf(vertices);
  return error;
}
async function cacheExclusion(options, cwd, workDir) {
  if (!options.cache.dir) return void 0;
  const dockerfile = path30.resolve(cwd, dockerfilePath(options));
  const cache = { ...options.cache, dir: path30.resolve(cwd, options.cache.dir) };
  const found2 = await cacheInContext(cache, path30.resolve(cwd, options.context), dockerfile);
  return found2 ? excludeCacheFromContext(found2, dockerfile, workDir) : void 0;
}

// ../sdk/src/report/render.ts
init_esm_shims();
function reportMetrics(r) {
  return {
    backend: r.report.backend,
    cached_steps: r.report.cachedSteps,
    total_steps: r.report.totalSteps,
    hit_ratio: round(r.report.hitRatio, 4),
    build_seconds: round(r.durationMs / 1e3, 3),
    image_digest: r.imageDigest ?? "",
    first_miss: r.report.firstMiss ?? "",
    miss_reason: r.report.missReason?.kind ?? "",
    saved_seconds: r.report.savedMs === null ? 0 : round(r.report.savedMs / 1e3, 3),
    cache_written: r.report.writes !== void 0 && r.report.exportStatus === "ok",
    cache_bytes_imported: r.report.cost?.bytesImported ?? 0,
    cache_bytes_exported: r.report.cost?.bytesExported ?? 0,
    export_seconds: r.report.cost?.exportMs == null ? 0 : round(r.report.cost.exportMs / 1e3, 3),
    cache_bytes_at_rest: r.report.cost?.bytesAtRest ?? 0,
    cost_hint: r.report.cost?.hint ?? ""
  };
}
function renderSummary(r) {
  const rep = r.report;
  const lines = [
    `layercache: ${rep.cachedSteps}/${rep.totalSteps} steps cached (${pct(rep.hitRatio)}) in ${(r.durationMs / 1e3).toFixed(1)}s, backend ${rep.backend}`,
    `  read:  ${rep.reads.length > 0 ? rep.reads.join(" -> ") : "(nothing)"}`,
    `  wrote: ${rep.writes ?? "(nothing: read-only build)"}${rep.exportStatus === "failed" ? " (export FAILED)" : ""}`
  ];
  if (rep.savedMs !== null) lines.push(`  saved: ~${(rep.savedMs / 1e3).toFixed(1)}s (what the cached steps took when last built)`);
  if (rep.cost) lines.push(`  cache: ${costLine(rep.cost)}`);
  if (rep.cost?.hint) lines.push(`  hint: ${rep.cost.hint}`);
  if (rep.firstMiss) lines.push(`  first miss: ${rep.firstMiss}${rep.missReason ? `
    why: ${rep.missReason.message}` : ""}`);
  if (rep.steps.length > 0) {
    const width = Math.min(70, Math.max(...rep.steps.map((s) => s.name.length)));
    for (const s of rep.steps) {
      lines.push(`  ${s.cached ? "CACHED" : "built "}  ${truncate(s.name, width).padEnd(width)}  ${s.durationMs === null ? "" : `${(s.durationMs / 1e3).toFixed(1)}s`}`.trimEnd());
    }
  }
  for (const m of rep.mounts ?? []) lines.push(`  cache mount ${m.id}: ${mountSummary(m)}`);
  for (const n of rep.notes ?? []) lines.push(`  note: ${n}`);
  for (const w of rep.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}
function costLine(c) {
  const parts = [
    c.bytesImported !== null ? `imported ${formatBytes(c.bytesImported)}` : void 0,
    c.bytesExported !== null || c.exportMs !== null ? `exported ${c.bytesExported !== null ? formatBytes(c.bytesExported) : "?"}${c.exportMs !== null ? ` in ${(c.exportMs / 1e3).toFixed(1)} s` : ""}` : void 0,
    c.bytesAtRest !== null ? `${formatBytes(c.bytesAtRest)} at rest` : void 0,
    c.integrityCheck ? `${formatBytes(c.integrityCheck.bytesHashed)} verified in ${(c.integrityCheck.ms / 1e3).toFixed(1)} s` : void 0
  ].filter((p) => p !== void 0);
  return parts.length > 0 ? parts.join(", ") : "not measured for this backend";
}
function pct(ratio) {
  return `${Math.round(ratio * 100)}%`;
}
function round(n, digits) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
function truncate(s, n) {
  return s.length <= n ? s : `${s.slice(0, n - 1)}\u2026`;
}

// ../sdk/src/lint/index.ts
init_esm_shims();

// ../sdk/src/lint/lint.ts
init_esm_shims();

// ../sdk/src/lint/rules/index.ts
init_esm_shims();

// ../sdk/src/lint/rules/add-remote-without-checksum.ts
init_esm_shims();

// ../sdk/src/lint/steps.ts
init_esm_shims();

// ../sdk/src/lint/tools.ts
init_esm_shims();
var CACHE_TARGETS = {
  apt: ["/var/cache/apt", "/var/lib/apt"],
  apk: ["/etc/apk/cache"],
  npm: ["/root/.npm"],
  yarn: ["/usr/local/share/.cache/yarn"],
  pnpm: ["/root/.local/share/pnpm/store"],
  pip: ["/root/.cache/pip"],
  poetry: ["/root/.cache/pypoetry"],
  pipenv: ["/root/.cache/pipenv"],
  uv: ["/root/.cache/uv"],
  go: ["/go/pkg/mod", "/root/.cache/go-build"],
  maven: ["/root/.m2"],
  gradle: ["/root/.gradle"],
  cargo: ["/usr/local/cargo/registry"]
};
var MANIFESTS = {
  npm: "package.json package-lock.json",
  yarn: "package.json yarn.lock",
  pnpm: "package.json pnpm-lock.yaml",
  pip: "requirements.txt",
  poetry: "pyproject.toml poetry.lock",
  pipenv: "Pipfile Pipfile.lock",
  uv: "pyproject.toml uv.lock",
  go: "go.mod go.sum",
  maven: "pom.xml",
  gradle: "build.gradle settings.gradle gradle/",
  cargo: "Cargo.toml Cargo.lock"
};
function classifyCommand(words) {
  const [tool, ...rest] = words;
  if (tool === void 0) return null;
  const name = basename(tool);
  const sub = rest.filter((w) => !w.startsWith("-"));
  const first = sub[0];
  const use = (ecosystem, action, command) => ({ ecosystem, action, command });
  switch (name) {
    case "apt-get":
    case "apt":
    case "aptitude":
      if (first === "update") return use("apt", "update", `${name} update`);
      if (first && ["install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep"].includes(first)) {
        return use("apt", "install", `${name} ${first}`);
      }
      return null;
    case "apk":
      if (first === "update") return use("apk", "update", "apk update");
      if (first === "add" || first === "upgrade") return use("apk", "install", `apk ${first}`);
      return null;
    case "npm":
      return first && ["ci", "install", "i", "add"].includes(first) ? use("npm", "install", `npm ${first}`) : null;
    case "yarn":
      return first === void 0 || first === "install" ? use("yarn", "install", first ? "yarn install" : "yarn") : null;
    case "pnpm":
      return first && ["install", "i", "fetch", "add"].includes(first) ? use("pnpm", "install", `pnpm ${first}`) : null;
    case "pip":
    case "pip3":
      return first === "install" ? use("pip", "install", `${name} install`) : null;
    case "poetry":
      return first === "install" ? use("poetry", "install", "poetry install") : null;
    case "pipenv":
      return first === "install" || first === "sync" ? use("pipenv", "install", `pipenv ${first}`) : null;
    case "uv":
      if (first === "sync") return use("uv", "install", "uv sync");
      if (first === "pip" && sub[1] === "install") return use("uv", "install", "uv pip install");
      return null;
    case "go":
      if (first === "mod" && sub[1] === "download") return use("go", "install", "go mod download");
      if (first === "get") return use("go", "install", "go get");
      if (first && ["build", "install", "test", "vet"].includes(first)) return use("go", "build", `go ${first}`);
      return null;
    case "mvn":
    case "mvnw":
      return use("maven", "install", `${name}${first ? ` ${first}` : ""}`);
    case "gradle":
    case "gradlew":
      return use("gradle", "install", `${name}${first ? ` ${first}` : ""}`);
    case "cargo":
      return first && ["build", "fetch", "install", "test", "chef"].includes(first) ? use("cargo", "install", `cargo ${first}`) : null;
    default:
      if (/^python[0-9.]*$/.test(name) && rest[0] === "-m" && rest[1] === "pip" && rest.slice(2).find((w) => !w.startsWith("-")) === "install") {
        return use("pip", "install", `${name} -m pip install`);
      }
      return null;
  }
}
function basename(path41) {
  const slash = path41.lastIndexOf("/");
  return slash === -1 ? path41 : path41.slice(slash + 1);
}

// ../sdk/src/lint/steps.ts
function toolUses(step) {
  if (step.keyword !== "RUN") return [];
  return step.commands.map(classifyCommand).filter((u) => u !== null);
}
function flagValue(step, name) {
  return step.flags.find((f) => f.name === name)?.value;
}
function hasCacheMount(step) {
  return step.flags.some((f) => f.name === "mount" && f.options.type === "cache");
}
var WHOLE_CONTEXT = /* @__PURE__ */ new Set([".", "./", "*", "./*", "/"]);
function isWholeContextCopy(step) {
  if (step.keyword !== "COPY" && step.keyword !== "ADD") return false;
  if (flagValue(step, "from") !== void 0) return false;
  return step.args.slice(0, -1).some((src) => WHOLE_CONTEXT.has(src));
}
var TRIVIAL = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "mkdir",
  "chmod",
  "chown",
  "chgrp",
  "ln",
  "rm",
  "touch",
  "cp",
  "mv",
  "true",
  "false",
  ":",
  "set",
  "export",
  "cd",
  "useradd",
  "adduser",
  "addgroup",
  "groupadd",
  "usermod",
  "ls",
  "cat",
  "test",
  "[",
  "fi",
  "done",
  "if",
  "for",
  "while",
  "sed",
  "tee",
  "date",
  "id",
  "whoami",
  "env",
  "printenv",
  "pwd",
  "exit"
]);
function isExpensiveRun(step) {
  if (step.keyword !== "RUN") return false;
  return step.commands.some((words) => {
    const tool = words[0] ?? "";
    return !TRIVIAL.has(tool.slice(tool.lastIndexOf("/") + 1));
  });
}
function usedStages(model) {
  const used = /* @__PURE__ */ new Set();
  const byRef = (ref) => {
    if (/^\d+$/.test(ref)) return Number(ref) < model.stages.length ? Number(ref) : void 0;
    return model.stages.find((s) => s.name === ref.toLowerCase())?.index;
  };
  const visit = (index) => {
    if (used.has(index)) return;
    used.add(index);
    const stage = model.stages[index];
    if (stage.parent !== null) visit(stage.parent);
    for (const step of stage.steps) {
      const refs = [flagValue(step, "from")];
      for (const f of step.flags) if (f.name === "mount") refs.push(f.options.from);
      for (const ref of refs) {
        const target = ref ? byRef(ref) : void 0;
        if (target !== void 0 && target < index) visit(target);
      }
    }
  };
  if (model.stages.length > 0) visit(model.stages.length - 1);
  return used;
}

// ../sdk/src/lint/rules/add-remote-without-checksum.ts
var addRemoteWithoutChecksum = {
  id: "add-remote-without-checksum",
  severity: "warning",
  title: "`ADD` of a remote URL without `--checksum`.",
  check({ model }) {
    const hits = [];
    for (const stage of model.stages) {
      for (const step of stage.steps) {
        if (step.keyword !== "ADD" || flagValue(step, "checksum")) continue;
        const url = step.args.slice(0, -1).find(isHttpFile);
        if (!url) continue;
        hits.push({
          line: step.line,
          anchor: step.text,
          message: `\`ADD ${url}\` has no checksum: the file is downloaded again on every build to check whether it changed, and an upstream change silently busts the cache.`,
          fix: `Pin it: \`ADD --checksum=sha256:<digest> ${url} ...\` (Dockerfile syntax 1.6+).`
        });
      }
    }
    return hits;
  }
};
function isHttpFile(src) {
  if (!/^https?:\/\//i.test(src)) return false;
  const path41 = src.split("#")[0].split("?")[0];
  return !path41.endsWith(".git") && !src.includes(".git#");
}

// ../sdk/src/lint/rules/apt-update-separate-run.ts
init_esm_shims();
var aptUpdateSeparateRun = {
  id: "apt-update-separate-run",
  severity: "warning",
  title: "`apt-get update` runs in a different RUN from `apt-get install`.",
  check({ model }) {
    const hits = [];
    for (const stage of model.stages) {
      let updateOnly = null;
      for (const step of stage.steps) {
        const apt = toolUses(step).filter((u) => u.ecosystem === "apt");
        const updates = apt.some((u) => u.action === "update");
        const install = apt.find((u) => u.action === "install");
        if (updates && !install) updateOnly = step;
        else if (install && !updates && updateOnly) {
          hits.push({
            line: updateOnly.line,
            anchor: `${updateOnly.text} -> ${step.text}`,
            message: `\`${updateOnly.text}\` is cached separately from \`${install.command}\` (line ${step.line}): a later change to the install list reuses a stale package index.`,
            fix: "Run `apt-get update && apt-get install -y ...` in the same RUN (and clean /var/lib/apt/lists or use a cache mount)."
          });
          updateOnly = null;
        }
      }
    }
    return hits;
  }
};

// ../sdk/src/lint/rules/context-not-ignored.ts
init_esm_shims();

// ../sdk/src/lint/rules/dockerignore-missing.ts
init_esm_shims();
var HEAVY_ENTRIES = [".git", "node_modules"];
var dockerignoreMissing = {
  id: "dockerignore-missing",
  severity: "warning",
  title: "The Dockerfile copies the whole context but there is no `.dockerignore`.",
  check({ model, options }) {
    if (options.dockerignore !== null) return [];
    const copy = model.stages.flatMap((s) => s.steps).find(isWholeContextCopy);
    if (!copy) return [];
    const present = HEAVY_ENTRIES.filter((e) => options.contextEntries?.includes(e));
    const what = present.length > 0 ? present.join(" and ") : ".git, node_modules and build outputs";
    return [{
      line: copy.line,
      anchor: ".dockerignore",
      message: `There is no .dockerignore, so \`${copy.text}\` also copies ${what}: the layer changes on every commit even when no source file did.`,
      fix: "Add a .dockerignore listing at least .git, node_modules and build outputs (dist, target, __pycache__)."
    }];
  }
};

// ../sdk/src/lint/rules/context-not-ignored.ts
var contextNotIgnored = {
  id: "context-not-ignored",
  severity: "warning",
  title: "The build context holds `.git` or `node_modules` that `.dockerignore` does not exclude.",
  check({ model, options }) {
    if (typeof options.dockerignore !== "string" || !options.contextEntries) return [];
    const copy = model.stages.flatMap((s) => s.steps).find(isWholeContextCopy);
    if (!copy) return [];
    const patterns = parseDockerignore(options.dockerignore);
    return HEAVY_ENTRIES.filter((e) => options.contextEntries.includes(e) && !isIgnored(patterns, e)).map((entry) => ({
      line: 1,
      file: ".dockerignore",
      anchor: entry,
      message: `${entry} is in the build context and not in .dockerignore: \`${copy.text}\` (Dockerfile line ${copy.line}) copies it, so that layer changes ${entry === ".git" ? "on every commit" : "with every local install"}.`,
      fix: `Add \`${entry}\` to .dockerignore.`
    }));
  }
};

// ../sdk/src/lint/rules/copy-context-before-install.ts
init_esm_shims();
var copyContextBeforeInstall = {
  id: "copy-context-before-install",
  severity: "error",
  title: "The whole build context is copied before a dependency install step.",
  check({ model }) {
    const hits = [];
    const installedBy = /* @__PURE__ */ new Map();
    for (const stage of model.stages) {
      const installed = new Set(stage.parent === null ? [] : installedBy.get(stage.parent));
      installedBy.set(stage.index, installed);
      hits.push(...checkStage(stage, installed));
    }
    return hits;
  }
};
function checkStage(stage, installed) {
  const hits = [];
  let contextCopy = null;
  for (const step of stage.steps) {
    if (!contextCopy && isWholeContextCopy(step)) contextCopy = step;
    for (const use of toolUses(step)) {
      if (use.action === "update") continue;
      if (contextCopy && !installed.has(use.ecosystem)) {
        const manifests = MANIFESTS[use.ecosystem];
        hits.push({
          line: contextCopy.line,
          anchor: `${contextCopy.text} -> ${use.command}`,
          message: `\`${contextCopy.text}\` copies the whole build context before \`${use.command}\` (line ${step.line}), so any source change re-runs the install.`,
          fix: manifests ? `Copy only ${manifests} first, run \`${use.command}\`, then \`${contextCopy.text}\`.` : `Move \`${use.command}\` above \`${contextCopy.text}\`; it does not need the sources.`
        });
        installed.add(use.ecosystem);
      }
      if (!contextCopy) installed.add(use.ecosystem);
    }
  }
  return hits;
}

// ../sdk/src/lint/rules/floating-base-image.ts
init_esm_shims();
var floatingBaseImage = {
  id: "floating-base-image",
  severity: "warning",
  title: "A base image floats (`:latest` or no tag) on a stage the build uses.",
  check({ model }) {
    const hits = [];
    const stageNames = new Set(model.stages.map((s) => s.name).filter((n) => n !== null));
    const used = usedStages(model);
    for (const stage of model.stages) {
      if (!used.has(stage.index)) continue;
      const image = stage.resolvedImage;
      if (image !== null && stage.parent === null && floats(image)) {
        hits.push(hit(stage.from.line, `FROM ${image}`, image, stage.image !== image ? ` (from ${stage.image})` : ""));
      }
      for (const step of stage.steps) {
        const from = flagValue(step, "from");
        if (step.keyword !== "COPY" || !from || /^\d+$/.test(from) || stageNames.has(from.toLowerCase())) continue;
        if (!from.includes("$") && floats(from)) hits.push(hit(step.line, `COPY --from=${from}`, from, ""));
      }
    }
    return hits;
  }
};
function hit(line, anchor, image, origin) {
  return {
    line,
    anchor,
    message: `\`${image}\`${origin} floats: when the tag moves upstream every layer built on it misses the cache, and runners that pulled it at different times cannot share one.`,
    fix: `Pin a version tag, ideally with its digest: \`${imageName(image)}:<version>@sha256:<digest>\`.`
  };
}
function floats(image) {
  if (image.toLowerCase() === "scratch" || image.includes("@")) return false;
  const tag = tagOf(image);
  return tag === null || tag === "latest";
}
function tagOf(image) {
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  return colon === -1 ? null : image.slice(colon + 1);
}
function imageName(image) {
  const tag = tagOf(image);
  return tag === null ? image : image.slice(0, image.length - tag.length - 1);
}

// ../sdk/src/lint/rules/inline-cache-multi-stage.ts
init_esm_shims();
var inlineCacheMultiStage = {
  id: "inline-cache-multi-stage",
  severity: "warning",
  title: "A multi-stage build uses the inline cache backend, which caches only the final stage.",
  check({ model, options }) {
    if (!options.backend || !backends[options.backend]?.finalStageOnly) return [];
    const used = [...usedStages(model)];
    if (used.length < 2) return [];
    const last = model.stages[model.stages.length - 1];
    const others = model.stages.filter((s) => s !== last && used.includes(s.index));
    const names = others.map((s) => s.name ?? `#${s.index}`).join(", ");
    return [{
      line: others[0].from.line,
      anchor: "inline multi-stage",
      message: `This build has ${used.length} stages but the inline cache stores only the final one: stage(s) ${names} rebuild on every runner without a warm local cache.`,
      fix: "Use the registry backend with mode=max (`--backend registry --cache-mode max`, or `cache: { backend: 'registry', mode: 'max' }`), which exports the layers of every stage."
    }];
  }
};

// ../sdk/src/lint/rules/run-without-cache-mount.ts
init_esm_shims();
var runWithoutCacheMount = {
  id: "run-without-cache-mount",
  severity: "info",
  title: "A package-manager RUN has no `--mount=type=cache`.",
  check({ model }) {
    const hits = [];
    for (const stage of model.stages) {
      for (const step of stage.steps) {
        const uses = toolUses(step).filter((u) => u.action !== "update");
        if (uses.length === 0 || hasCacheMount(step)) continue;
        const ecosystems = [...new Set(uses.map((u) => u.ecosystem))];
        const mounts = ecosystems.flatMap((e) => CACHE_TARGETS[e].map((t) => mountFlag2(e, t)));
        hits.push({
          line: step.line,
          anchor: step.text,
          message: `\`${uses.map((u) => u.command).join("`, `")}\` runs without a cache mount: each time this layer misses, every package is downloaded again.`,
          fix: `Add ${mounts.join(" ")} to the RUN.`
        });
      }
    }
    return hits;
  }
};
function mountFlag2(ecosystem, target) {
  return `\`--mount=type=cache,target=${target}${ecosystem === "apt" ? ",sharing=locked" : ""}\``;
}

// ../sdk/src/lint/rules/secret-build-arg.ts
init_esm_shims();

// ../sdk/src/lint/names.ts
init_esm_shims();
var VOLATILE_SEGMENTS = /* @__PURE__ */ new Set([
  "sha",
  "commit",
  "revision",
  "rev",
  "date",
  "timestamp",
  "time",
  "cachebust",
  "bust",
  "nonce",
  "now"
]);
var COUNTER_OWNERS = /* @__PURE__ */ new Set(["build", "run", "pipeline", "job", "workflow"]);
var COUNTER_KINDS = /* @__PURE__ */ new Set(["number", "num", "id", "iid", "attempt"]);
var VCS = /* @__PURE__ */ new Set(["vcs", "git", "source", "scm"]);
var SECRET_SEGMENTS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pwd",
  "token",
  "secret",
  "key",
  "apikey",
  "credential",
  "credentials",
  "privatekey"
]);
var NOT_SECRET_SEGMENTS = /* @__PURE__ */ new Set(["public", "pub", "gpg", "pgp", "fingerprint", "cache"]);
var REFERENCE_SUFFIXES = /* @__PURE__ */ new Set(["id", "file", "path", "name", "url"]);
function segments(name) {
  return name.toLowerCase().split(/[_.-]+/).filter(Boolean);
}
function isVolatileName(name) {
  const parts = segments(name);
  return parts.some(
    (part, i) => VOLATILE_SEGMENTS.has(part) || COUNTER_OWNERS.has(part) && COUNTER_KINDS.has(parts[i + 1] ?? "") || VCS.has(part) && parts[i + 1] === "ref"
  );
}
function isSecretName(name) {
  const parts = segments(name);
  if (parts.some((p) => NOT_SECRET_SEGMENTS.has(p))) return false;
  if (REFERENCE_SUFFIXES.has(parts[parts.length - 1] ?? "")) return false;
  return parts.some((p) => SECRET_SEGMENTS.has(p));
}

// ../sdk/src/lint/rules/secret-build-arg.ts
var secretBuildArg = {
  id: "secret-build-arg",
  severity: "error",
  title: "A secret (a *PASSWORD*, *TOKEN*, *SECRET*, *KEY* build arg) is passed to a RUN as a build arg.",
  check({ model }) {
    const hits = [];
    for (const stage of model.stages) {
      stage.steps.forEach((step, i) => {
        if (step.keyword !== "ARG") return;
        for (const { name } of step.properties) {
          if (!isSecretName(name)) continue;
          const run = stage.steps.slice(i + 1).find((s) => s.keyword === "RUN" && s.variables.includes(name));
          if (!run) continue;
          const id = name.toLowerCase().replace(/_/g, "-");
          hits.push({
            line: step.line,
            anchor: `ARG ${name}`,
            message: `Build arg ${name} looks like a secret and is used by \`${run.text}\` (line ${run.line}): its value ends up in the image history and in that step's cache key, so every new value misses the cache.`,
            fix: `Use a secret mount instead: \`RUN --mount=type=secret,id=${id},env=${name} ...\`, passing it with layercache \`secrets: [{ id: '${id}', env: '${name}' }]\` (or \`--secret id=${id},env=${name}\`).`
          });
        }
      });
    }
    return hits;
  }
};

// ../sdk/src/lint/rules/volatile-arg-before-run.ts
init_esm_shims();
var volatileArgBeforeRun = {
  id: "volatile-arg-before-run",
  severity: "error",
  title: "An ARG/ENV that changes every build (sha, date, build number, CACHEBUST) is declared above expensive RUNs.",
  check({ model }) {
    const hits = [];
    for (const stage of model.stages) {
      const reported = /* @__PURE__ */ new Set();
      const volatile = /* @__PURE__ */ new Set();
      stage.steps.forEach((step, i) => {
        for (const { name, report } of volatileDeclarations(step, volatile)) {
          volatile.add(name);
          if (!report || reported.has(name)) continue;
          const run = stage.steps.slice(i + 1).find(isExpensiveRun);
          if (!run) continue;
          reported.add(name);
          hits.push({
            line: step.line,
            anchor: `${step.keyword} ${name}`,
            message: `${step.keyword} ${name} changes on every build and is declared above \`${run.text}\` (line ${run.line}): that RUN and every step after it miss the cache on every build.`,
            fix: `Declare ${name} after the expensive RUNs (just before the LABEL or step that needs it, ideally in the final stage).`
          });
        }
      });
    }
    return hits;
  }
};
function volatileDeclarations(step, known) {
  if (step.keyword === "ARG") {
    return step.properties.filter((p) => isVolatileName(p.name)).map((p) => ({ name: p.name, report: true }));
  }
  if (step.keyword !== "ENV") return [];
  const fedFromVolatile = step.variables.some((v) => known.has(v));
  return step.properties.filter((p) => p.value !== null && p.value.includes("$")).filter((p) => isVolatileName(p.name) || fedFromVolatile).map((p) => ({ name: p.name, report: isVolatileName(p.name) && !known.has(p.name) }));
}

// ../sdk/src/lint/rules/index.ts
var lintRules = [
  copyContextBeforeInstall,
  volatileArgBeforeRun,
  aptUpdateSeparateRun,
  addRemoteWithoutChecksum,
  runWithoutCacheMount,
  dockerignoreMissing,
  contextNotIgnored,
  floatingBaseImage,
  inlineCacheMultiStage,
  secretBuildArg
];

// ../sdk/src/lint/project.ts
init_esm_shims();
import { readdir as readdir7, readFile as readFile14 } from "fs/promises";
import { join, relative, resolve } from "path";

// ../sdk/src/lint/format.ts
init_esm_shims();
import { createHash as createHash10 } from "crypto";

// ../sdk/src/bake/index.ts
init_esm_shims();

// ../sdk/src/bake/bake.ts
init_esm_shims();
import path34 from "path";

// ../sdk/src/bake/check-inputs.ts
init_esm_shims();
import path32 from "path";

// ../sdk/src/bake/load.ts
init_esm_shims();
import { readFile as readFile15, stat as stat11 } from "fs/promises";
import path31 from "path";

// ../sdk/src/bake/bake-print.ts
init_esm_shims();

// ../sdk/src/bake/project.ts
init_esm_shims();
function bakeTargetName(service) {
  return service.replaceAll(".", "_");
}
function isRemoteContext(context) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@") || /^[a-z-]+-image:|^target:|^service:/.test(context);
}
function assignSlugs(services) {
  const owners = /* @__PURE__ */ new Map();
  const issues = [];
  const out = [];
  for (const s of services) {
    const slug = slugify(s.name);
    const other = owners.get(slug);
    if (other !== void 0) {
      issues.push({
        path: `services.${s.name}`,
        message: `its cache name "${slug}" is the same as service ${other}'s, so they would overwrite each other's cache`,
        hint: 'rename one of the services (names differing only in case, ".", "_" or "-" share a cache name)'
      });
    }
    owners.set(slug, s.name);
    out.push({ ...s, slug });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return out;
}

// ../sdk/src/bake/bake-print.ts
function parseBakePrint(json, file) {
  let printed;
  try {
    printed = JSON.parse(json);
  } catch (error) {
    throw new ConfigError([{ path: file, message: `docker buildx bake --print gave no JSON (${error.message})`, hint: "run docker buildx bake --print yourself to see what bake reports" }]);
  }
  const targets = Object.entries(printed.target ?? {});
  if (targets.length === 0) throw new ConfigError([{ path: file, message: "defines no target to build", hint: "add a target block, or name the targets to build" }]);
  const services = targets.map(([name, t]) => ({
    name,
    target: name,
    context: t.context ?? ".",
    dockerfile: t["dockerfile-inline"] !== void 0 ? void 0 : t.dockerfile ?? "Dockerfile",
    dockerfileInline: t["dockerfile-inline"] !== void 0 ? true : void 0,
    stage: t.target,
    args: Object.fromEntries(Object.entries(t.args ?? {}).filter((e) => e[1] !== null)),
    tags: t.tags ?? [],
    cacheFrom: (t["cache-from"] ?? []).map(cacheEntryText),
    cacheTo: (t["cache-to"] ?? []).map(cacheEntryText)
  }));
  return { format: "bake", services: assignSlugs(services), ignored: [], warnings: [] };
}
function cacheEntryText(entry) {
  return typeof entry === "string" ? entry : cacheEntry(entry);
}

// ../sdk/src/bake/compose.ts
init_esm_shims();
var import_yaml = __toESM(require_dist(), 1);

// ../sdk/src/bake/interpolate.ts
init_esm_shims();
var InterpolationError = class extends Error {
  name = "InterpolationError";
};
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolate(text2, env) {
  const unset = [];
  const value = expand2(text2, env, unset);
  return { value, unset: [...new Set(unset)] };
}
function expand2(text2, env, unset) {
  let out = "";
  let i = 0;
  while (i < text2.length) {
    const c = text2[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = text2[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
    } else if (next === "{") {
      const end = closingBrace(text2, i + 2);
      if (end < 0) throw new InterpolationError(`unclosed "\${" in "${text2}"`);
      out += braced(text2.slice(i + 2, end), env, unset);
      i = end + 1;
    } else {
      const name = NAME.exec(text2.slice(i + 1))?.[0];
      if (!name) {
        out += "$";
        i++;
        continue;
      }
      const v = env[name];
      if (v === void 0) unset.push(name);
      out += v ?? "";
      i += 1 + name.length;
    }
  }
  return out;
}
function closingBrace(text2, from) {
  let depth = 1;
  for (let i = from; i < text2.length; i++) {
    if (text2[i] === "$" && text2[i + 1] === "{") {
      depth++;
      i++;
    } else if (text2[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function braced(inner, env, unset) {
  const name = NAME.exec(inner)?.[0];
  if (!name) throw new InterpolationError(`invalid variable "\${${inner}}"`);
  const rest = inner.slice(name.length);
  const value = env[name];
  if (rest === "") {
    if (value === void 0) unset.push(name);
    return value ?? "";
  }
  const op = /^(:?[-?+])/.exec(rest)?.[1];
  if (!op) throw new InterpolationError(`invalid variable "\${${inner}}"`);
  const arg = rest.slice(op.length);
  const missing = op.startsWith(":") ? value === void 0 || value === "" : value === void 0;
  switch (op.slice(-1)) {
    case "-":
      return missing ? expand2(arg, env, unset) : value;
    case "+":
      return missing ? "" : expand2(arg, env, unset);
    default:
      if (missing) throw new InterpolationError(`required variable ${name} is ${value === void 0 ? "unset" : "empty"}${arg ? `: ${expand2(arg, env, unset)}` : ""}`);
      return value;
  }
}

// ../sdk/src/bake/compose.ts
var SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;
function parseCompose({ file, text: text2, env }) {
  const doc = (0, import_yaml.parseDocument)(text2, { merge: true, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.slice(0, 5).map((e) => ({ path: file, message: `is not valid YAML: ${e.message.split("\n")[0]}`, hint: "fix the YAML syntax (docker compose config shows the same error)" })));
  }
  const root = doc.toJS({ maxAliasCount: 1e3 });
  if (!isMap(root) || !isMap(root.services)) {
    throw new ConfigError([{ path: `${file}: services`, message: "is missing or not a mapping", hint: 'a Compose file lists its services under a top-level "services:" key' }]);
  }
  const issues = [];
  const warnings = [];
  const unset = /* @__PURE__ */ new Set();
  const text_ = (value, where) => {
    if (value === void 0 || value === null) return void 0;
    if (typeof value === "object") {
      issues.push({ path: where, message: "must be a string", hint: "quote the value" });
      return void 0;
    }
    try {
      const r = interpolate(String(value), env);
      r.unset.forEach((v) => unset.add(v));
      return r.value;
    } catch (error) {
      if (!(error instanceof InterpolationError)) throw error;
      issues.push({ path: where, message: error.message, hint: "set the variable in the environment or the project's .env file, or give a default with ${VAR:-default}" });
      return void 0;
    }
  };
  const list = (value, where) => {
    if (value === void 0 || value === null) return [];
    if (!Array.isArray(value)) {
      issues.push({ path: where, message: "must be a list", hint: 'write one entry per line, each starting with "- "' });
      return [];
    }
    return value.map((v, i) => text_(v, `${where}.${i}`)).filter((v) => v !== void 0 && v !== "");
  };
  const drafts = [];
  const ignored = [];
  for (const [name, service] of Object.entries(root.services)) {
    const at = `services.${name}`;
    if (!SERVICE_NAME.test(name)) {
      issues.push({ path: at, message: "is not a valid Compose service name", hint: 'use letters, digits, ".", "_" and "-" only' });
      continue;
    }
    if (service !== null && service !== void 0 && !isMap(service)) {
      issues.push({ path: at, message: "must be a mapping" });
      continue;
    }
    const build2 = service?.build;
    if (build2 === void 0) {
      ignored.push(name);
      continue;
    }
    const environment = serviceEnvironment(service?.environment);
    const draft = buildSection(name, build2, at, { text: text_, list, issue: (i) => issues.push(i), environment, env });
    if (!draft) continue;
    if (draft.tags.length === 0 && service?.image !== void 0) {
      const image = text_(service.image, `${at}.image`);
      if (image) draft.tags.push(image);
    }
    drafts.push(draft);
  }
  if (issues.length > 0) throw new ConfigError(issues.map((i) => ({ ...i, path: `${file}: ${i.path}` })));
  for (const name of unset) warnings.push(`${file}: variable ${name} is not set; using an empty string`);
  return { format: "compose", services: assignSlugs(drafts), ignored, warnings };
}
function buildSection(name, build2, at, h) {
  const base = { name, target: bakeTargetName(name), args: {}, tags: [], cacheFrom: [], cacheTo: [] };
  if (typeof build2 === "string") {
    const context = h.text(build2, `${at}.build`);
    return context === void 0 ? void 0 : { ...base, context: context || ".", dockerfile: "Dockerfile" };
  }
  if (!isMap(build2)) {
    h.issue({ path: `${at}.build`, message: "must be a path or a mapping", hint: "write build: ./dir, or build: with context:, dockerfile:, target:, args:" });
    return void 0;
  }
  const b = `${at}.build`;
  const inline = h.text(build2.dockerfile_inline, `${b}.dockerfile_inline`);
  const xBake = isMap(build2["x-bake"]) ? build2["x-bake"] : {};
  return {
    ...base,
    context: h.text(build2.context, `${b}.context`) || ".",
    dockerfile: inline !== void 0 ? void 0 : h.text(build2.dockerfile, `${b}.dockerfile`) || "Dockerfile",
    dockerfileInline: inline !== void 0 ? true : void 0,
    stage: h.text(build2.target, `${b}.target`) || void 0,
    args: buildArgs(build2.args, `${b}.args`, h),
    tags: [...h.list(build2.tags, `${b}.tags`), ...stringList(xBake.tags, `${b}.x-bake.tags`, h)],
    cacheFrom: [...h.list(build2.cache_from, `${b}.cache_from`), ...stringList(xBake["cache-from"], `${b}.x-bake.cache-from`, h)],
    cacheTo: [...h.list(build2.cache_to, `${b}.cache_to`), ...stringList(xBake["cache-to"], `${b}.x-bake.cache-to`, h)]
  };
}
function stringList(value, where, h) {
  if (typeof value === "string") return (h.text(value, where) ?? "").split(/\s+/).filter(Boolean);
  return h.list(value, where);
}
function buildArgs(value, where, h) {
  const out = {};
  if (value === void 0 || value === null) return out;
  const fromEnv = (key) => h.environment[key] ?? h.env[key];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const entry = h.text(item, `${where}.${i}`);
      if (entry === void 0) return;
      const eq = entry.indexOf("=");
      const key = eq < 0 ? entry : entry.slice(0, eq);
      const v = eq < 0 ? fromEnv(key) : entry.slice(eq + 1);
      if (v !== void 0) out[key] = v;
    });
    return out;
  }
  if (!isMap(value)) {
    h.issue({ path: where, message: "must be a mapping or a list", hint: "write KEY: value lines, or - KEY=value items" });
    return out;
  }
  for (const [key, raw] of Object.entries(value)) {
    const v = raw === null ? fromEnv(key) : h.text(raw, `${where}.${key}`);
    if (v !== void 0) out[key] = v;
  }
  return out;
}
function serviceEnvironment(value) {
  const out = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = String(item);
      const eq = s.indexOf("=");
      if (eq > 0) out[s.slice(0, eq)] = s.slice(eq + 1);
    }
  } else if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== "object") out[k] = String(v);
  }
  return out;
}
function isMap(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ../sdk/src/bake/load.ts
var DEFAULT_FILES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml", "docker-bake.json", "docker-bake.hcl"];
async function findProjectFiles(files, cwd) {
  if (files.length > 0) {
    const resolved = files.map((f) => path31.resolve(cwd, f));
    const missing = [];
    for (const [i, f] of resolved.entries()) if (!await isFile(f)) missing.push({ path: `files.${i}`, message: `${files[i]} does not exist`, hint: "pass -f with an existing compose.yaml or docker-bake.hcl" });
    if (missing.length > 0) throw new ConfigError(missing);
    return resolved;
  }
  for (const name of DEFAULT_FILES) if (await isFile(path31.join(cwd, name))) return [path31.join(cwd, name)];
  throw new ConfigError([{ path: "files", message: `no ${DEFAULT_FILES.join(", ")} in ${cwd}`, hint: "pass -f FILE, or run in the directory holding your compose.yaml" }]);
}
function isComposeFile(file) {
  return /\.ya?ml$/i.test(file);
}
async function loadBakeProject(input) {
  const files = await findProjectFiles(input.files, input.cwd);
  const projectDir = path31.dirname(files[0]);
  let project;
  if (files.length === 1 && isComposeFile(files[0])) {
    const dotenv = parseDotEnv(await readFile15(path31.join(projectDir, ".env"), "utf8").catch(() => ""));
    project = parseCompose({ file: path31.relative(input.cwd, files[0]) || files[0], text: await readFile15(files[0], "utf8"), env: { ...dotenv, ...input.env } });
  } else {
    const args = ["buildx", "bake", ...input.builder ? ["--builder", input.builder] : [], "--print", ...files.flatMap((f) => ["--file", f]), ...input.targets];
    const printed = await input.run(input.dockerPath, args, { cwd: projectDir, env: input.childEnv }).catch(unrunnableDockerIsBadInput(input.dockerPath));
    if (printed.exitCode !== 0) {
      throw new ConfigError([{ path: files.map((f) => path31.relative(input.cwd, f)).join(", "), message: `docker buildx bake --print failed: ${tailLines(printed.stderrTail, 3)}`, hint: "fix the file (docker buildx bake --print shows the same error)" }]);
    }
    project = parseBakePrint(printed.stdout, files.join(", "));
  }
  await checkServiceFiles(project.services, projectDir);
  return { project, files, projectDir };
}
async function checkServiceFiles(services, projectDir) {
  const issues = [];
  for (const s of services) {
    if (isRemoteContext(s.context)) continue;
    const context = path31.resolve(projectDir, s.context);
    const info = await stat11(context).catch(() => void 0);
    if (!info?.isDirectory()) {
      issues.push({ path: `services.${s.name}.build.context`, message: `directory ${s.context} does not exist`, hint: "point context at the directory holding the service's sources" });
      continue;
    }
    if (s.dockerfile === void 0) continue;
    if (!await isFile(path31.resolve(context, s.dockerfile))) {
      issues.push({ path: `services.${s.name}.build.dockerfile`, message: `${path31.join(s.context, s.dockerfile)} does not exist`, hint: "set build.dockerfile (relative to the context), or add a Dockerfile to the context" });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
}
function parseDotEnv(text2) {
  const out = {};
  for (const raw of text2.split(/\r?\n/)) {
    const line = raw.trim().replace(/^export\s+/, "");
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, "");
    out[line.slice(0, eq).trim()] = value;
  }
  return out;
}
async function isFile(p) {
  return (await stat11(p).catch(() => void 0))?.isFile() ?? false;
}

// ../sdk/src/bake/check-inputs.ts
async function loadCheckedProject(options, env, cwd, run) {
  const issues = [...await cacheDirIssues(options.cache, cwd), ...await engineIssues(env, options.dockerPath, cwd)];
  let loaded;
  try {
    const files = await findProjectFiles(options.files, cwd);
    if (issues.length === 0 || files.length === 1 && isComposeFile(files[0])) {
      loaded = await loadBakeProject({ files: options.files, targets: options.targets, cwd, env: env ?? {}, childEnv: env, dockerPath: options.dockerPath, builder: options.builder, run });
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !loaded) throw new ConfigError(issues);
  return { ...loaded, holdingCache: await servicesHoldingCache(loaded.project.services, options.cache, loaded.projectDir) };
}
async function servicesHoldingCache(services, cache, projectDir) {
  if (!cache.dir) return [];
  const found2 = [];
  const issues = [];
  for (const s of services) {
    if (isRemoteContext(s.context) || s.dockerfileInline) continue;
    const context = path32.resolve(projectDir, s.context);
    const dockerfile = path32.resolve(context, s.dockerfile ?? "Dockerfile");
    const inside = await cacheInContext(cache, context, dockerfile);
    if (!inside) continue;
    if (inside.relative === ".") {
      issues.push({
        path: `services.${s.name}.build.context`,
        message: `is the local cache directory ${cache.dir} itself, so the cache would be sent to the builder with the sources`,
        hint: "set the cache directory beside or outside the context"
      });
    } else found2.push({ service: s, found: inside, dockerfile });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return found2;
}

// ../sdk/src/bake/options.ts
init_esm_shims();
import path33 from "path";
var bakeOptionsSchema = buildOptionsSchema.pick({ push: true, load: true, pull: true, noCache: true, builder: true, dockerContext: true, registryAuth: true, workspace: true, dockerPath: true, cache: true }).extend({
  files: external_exports.array(external_exports.string().min(1).refine((f) => !/[\r\n\0]/.test(f), "file name contains a newline or NUL")).default([]).describe("Compose file(s) or bake file(s) (.hcl/.json). Default: the first of compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml, docker-bake.json, docker-bake.hcl."),
  targets: external_exports.array(external_exports.string().regex(/^[A-Za-z0-9._-]+$/, "target must be a service or target name")).default([]).describe("Services/targets to build (default: every one with a build section).")
}).strict();
var PER_SERVICE_FIELDS = /* @__PURE__ */ new Set(["context", "dockerfile", "target", "tags", "platforms", "buildArgs", "secrets", "labels", "network"]);
var PER_SERVICE_ISSUE = { message: "is set per service in a multi-service build", hint: "set it in the service's build section of the Compose or bake file (e.g. build.network: none)" };
function parseBakeOptions(input) {
  if (isParsed(input)) return input;
  const parsed2 = bakeOptionsSchema.safeParse(input ?? {});
  if (!parsed2.success) throw new ConfigError(parsed2.error.issues.map(issueOf));
  return markParsed(parsed2.data);
}
function issueOf(issue) {
  const p = issue.path.join(".");
  if (issue.code === "unrecognized_keys" && p === "") {
    const perService = issue.keys.filter((k) => PER_SERVICE_FIELDS.has(k));
    if (perService.length > 0) return { path: perService.join(", "), ...PER_SERVICE_ISSUE };
  }
  return issueFromZod(issue);
}
function serviceCacheRef(ref, slug) {
  if (!isPinned(ref)) return `${ref}/${slug}`;
  const colon = ref.lastIndexOf(":");
  return `${ref.slice(0, colon)}/${slug}${ref.slice(colon)}`;
}
function serviceBuildOptions(o, s) {
  const local = !isRemoteContext(s.context);
  const { cache } = o;
  return {
    context: s.context,
    dockerfile: local && s.dockerfile !== void 0 ? path33.join(s.context, s.dockerfile) : void 0,
    target: s.stage,
    tags: s.tags,
    push: o.push,
    load: o.load,
    pull: o.pull,
    noCache: o.noCache,
    builder: o.builder,
    dockerContext: o.dockerContext,
    registryAuth: o.registryAuth,
    workspace: o.workspace,
    dockerPath: o.dockerPath,
    cache: serviceCache(cache, s)
  };
}
function serviceCache(cache, s) {
  return {
    ...cache,
    ref: cache.ref !== void 0 ? serviceCacheRef(cache.ref, s.slug) : void 0,
    dir: cache.dir !== void 0 ? path33.join(cache.dir, s.slug) : void 0,
    harness: cache.harness ? { ...cache.harness, prefix: `${cache.harness.prefix}${s.slug}/` } : void 0,
    // The file's own entries stay, after layercache's; the caller's extra entries go last.
    extraFrom: [...s.cacheFrom, ...cache.extraFrom],
    extraTo: [...s.cacheTo, ...cache.extraTo]
  };
}

// ../sdk/src/bake/plan.ts
init_esm_shims();
function planBake(input, factsOverride = {}) {
  const options = parseBakeOptions(input);
  const project = factsOverride.project;
  if (!project) throw new ConfigError([{ path: "project", message: "is required to plan a bake", hint: "load the Compose or bake file first (loadBakeProject) and pass it as facts.project" }]);
  const facts = defaultFacts(factsOverride);
  const files = factsOverride.files ?? options.files;
  const selected = selectServices(project.services, options.targets);
  if (selected.length === 0) {
    throw new ConfigError([{ path: files.join(", ") || "files", message: "has no service with a build section", hint: `add build: to the services to build${project.ignored.length > 0 ? ` (found only ${project.ignored.join(", ")})` : ""}` }]);
  }
  const issues = [];
  const services = [];
  for (const s of selected) {
    let build2;
    try {
      build2 = planBuild(serviceBuildOptions(options, s), facts);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const issue of error.issues) {
        const perService = /^(context|dockerfile|target|tags)(\.|$)/.test(issue.path) || issue.path === "cache.ref" && /no tag/.test(issue.message);
        const next = perService ? { ...issue, path: `services.${s.name}.${issue.path}` } : issue;
        if (!issues.some((i) => i.path === next.path && i.message === next.message)) issues.push(next);
      }
      continue;
    }
    const dockerfile = factsOverride.dockerfiles?.[s.target];
    services.push({ service: s.name, target: s.target, slug: s.slug, build: build2, sets: [...setsFor(s.target, build2), ...dockerfile ? [`${s.target}.dockerfile=${dockerfile}`] : []] });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  const args = ["buildx", "bake"];
  if (options.builder) args.push("--builder", options.builder);
  args.push("--progress=rawjson", "--metadata-file", facts.metadataFile);
  for (const f of files) args.push("--file", f);
  if (options.push) args.push("--push");
  if (options.load) args.push("--load");
  if (options.pull) args.push("--pull");
  if (options.noCache) args.push("--no-cache");
  for (const sp of services) for (const set of sp.sets) args.push("--set", set);
  args.push(...services.map((sp) => sp.target));
  const secretEnv = Object.assign({}, ...services.map((sp) => sp.build.secretEnv));
  const notes = [...new Set(services.flatMap((sp) => sp.build.notes.map((n) => n.startsWith("auto:") ? n : `${sp.service}: ${n}`)))];
  if (project.ignored.length > 0) notes.push(`services without a build section are not built: ${project.ignored.join(", ")}`);
  const plan = {
    command: options.dockerPath,
    args,
    files,
    services,
    ignored: project.ignored,
    keys: resolveCacheKeys(options.cache.keys, options.cache.write),
    notes: [...notes, ...project.warnings],
    secretEnvNames: Object.keys(secretEnv),
    options
  };
  Object.defineProperty(plan, "secretEnv", { value: secretEnv, enumerable: false });
  Object.defineProperty(plan, "options", { value: options, enumerable: false });
  return plan;
}
function withoutBakeCache(plan, facts) {
  const cache = { ...plan.options.cache, backend: "none", extraFrom: [], extraTo: [] };
  return planBake(withParsedChanges(plan.options, { cache }), facts);
}
function withoutBakeCacheReads(plan) {
  const readSet = (value) => value !== void 0 && /^[^=]*\.cache-from=/.test(value);
  const args = plan.args.filter((arg, i) => !(arg === "--set" && readSet(plan.args[i + 1])) && !(plan.args[i - 1] === "--set" && readSet(arg)));
  const services = plan.services.map((sp) => ({ ...sp, build: withoutCacheReads(sp.build), sets: sp.sets.filter((x) => !readSet(x)) }));
  const copy = { ...plan, args, services };
  for (const hidden of ["secretEnv", "options"]) Object.defineProperty(copy, hidden, { value: plan[hidden], enumerable: false });
  return copy;
}
function selectServices(all, wanted) {
  if (wanted.length === 0) return all;
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w || s.target === w));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((u) => ({ path: `targets.${u}`, message: "is not a service with a build section in the file", hint: `build one of: ${all.map((s) => s.name).join(", ") || "(none)"}` })));
  }
  return all.filter((s) => wanted.includes(s.name) || wanted.includes(s.target));
}
function setsFor(target, build2) {
  const sets = [];
  for (const from of build2.cacheFrom) sets.push(`${target}.cache-from=${from}`);
  for (const to of build2.cacheTo) sets.push(`${target}.cache-to=${to}`);
  if (build2.cachePlan.extraTags.length > 0) for (const tag of build2.tags) sets.push(`${target}.tags=${tag}`);
  for (const [k, v] of Object.entries(build2.cachePlan.buildArgs)) sets.push(`${target}.args.${k}=${v}`);
  return sets;
}

// ../sdk/src/bake/progress-routing.ts
init_esm_shims();
var SEP = "\u241F";
var TargetRouter = class {
  /** Longest first, so "[api-v2 …" never matches target "api". */
  targets;
  /** Last target seen for a digest: where nameless updates and logs go. */
  lastTarget = /* @__PURE__ */ new Map();
  constructor(targets) {
    this.targets = [...targets].sort((a, b) => b.length - a.length);
  }
  /** Target a vertex name belongs to ("" for bake's own vertices, e.g. "[internal] load local bake definitions"). */
  targetOf(name) {
    return this.targets.find((t) => name.startsWith(`[${t} `) || name.startsWith(`[${t}]`));
  }
  /** The event with every digest keyed by its target. */
  route(status) {
    const vertexes = (status.vertexes ?? []).map((v) => this.routeVertex(v));
    const logs = (status.logs ?? []).map((l) => ({ ...l, vertex: this.key(this.lastTarget.get(l.vertex) ?? "", l.vertex) }));
    return { ...status, vertexes, logs };
  }
  routeVertex(v) {
    const target = (v.name !== void 0 ? this.targetOf(v.name) : void 0) ?? this.lastTarget.get(v.digest) ?? "";
    this.lastTarget.set(v.digest, target);
    return { ...v, digest: this.key(target, v.digest), inputs: v.inputs?.map((i) => this.key(target, i)) };
  }
  key(target, digest) {
    return `${target}${SEP}${digest}`;
  }
};
function targetVertices(all, target) {
  const prefix = `${target}${SEP}`;
  const byName = /* @__PURE__ */ new Map();
  for (const v of all) {
    if (!v.digest.startsWith(prefix)) continue;
    const own = { ...v, digest: v.digest.slice(prefix.length), inputs: v.inputs.map((i) => i.slice(i.indexOf(SEP) + 1)), name: stripTarget(v.name, target) };
    const seen = byName.get(own.name);
    if (!seen) byName.set(own.name, own);
    else if (own.cached && !seen.cached) byName.set(own.name, { ...own, index: seen.index, error: seen.error ?? own.error });
    else if (own.error && !seen.error) seen.error = own.error;
  }
  return [...byName.values()];
}
function stripTarget(name, target) {
  if (name.startsWith(`[${target}] `)) return name.slice(target.length + 3);
  if (name.startsWith(`[${target} `)) return `[${name.slice(target.length + 2)}`;
  return name;
}

// ../sdk/src/bake/report.ts
init_esm_shims();
var CACHE_IO = /^(importing|exporting) cache/;
var CANCELLED = /context canceled|canceled/i;
function serviceStatus(vertices, runSucceeded) {
  if (runSucceeded) return { status: "ok" };
  const errors = vertices.filter((v) => v.error && !CACHE_IO.test(v.name));
  const real = errors.find((v) => !CANCELLED.test(v.error));
  if (real) return { status: "failed", error: `${real.name}: ${real.error}` };
  if (errors.length > 0) return { status: "cancelled" };
  const exported = vertices.some((v) => /^exporting to (image|oci|docker)/.test(v.name) && v.completed);
  return exported ? { status: "ok" } : { status: "cancelled" };
}
function buildBakeReport(input) {
  const services = input.services.map((sp) => {
    const vertices = targetVertices(input.vertices, sp.target);
    const { build: build2 } = sp;
    const report = buildReport(vertices, { backend: build2.backend, cacheFrom: build2.cacheFrom, cacheTo: build2.cacheTo, reads: build2.reads, writes: build2.writes, warnings: input.warnings[sp.service] ?? [] });
    const status = serviceStatus(vertices, input.runSucceeded);
    const meta = input.metadata[sp.target];
    const digest = meta?.["containerimage.digest"];
    return { service: sp.service, target: sp.target, ...status, imageDigest: typeof digest === "string" ? digest : void 0, report };
  });
  const totalSteps = services.reduce((n, s) => n + s.report.totalSteps, 0);
  const cachedSteps = services.reduce((n, s) => n + s.report.cachedSteps, 0);
  let failed = services.filter((s) => s.status === "failed").map((s) => s.service);
  if (!input.runSucceeded && failed.length === 0) failed = services.filter((s) => s.status !== "ok").map((s) => s.service);
  return {
    services,
    totalSteps,
    cachedSteps,
    hitRatio: totalSteps === 0 ? 0 : cachedSteps / totalSteps,
    failed,
    warnings: services.flatMap((s) => s.report.warnings.map((w) => `${s.service}: ${w}`))
  };
}
function renderBakeSummary(r, durationMs) {
  const width = Math.max(7, ...r.services.map((s) => s.service.length));
  const lines = [`layercache bake: ${r.cachedSteps}/${r.totalSteps} steps cached (${pct2(r.hitRatio)}) in ${(durationMs / 1e3).toFixed(1)}s`];
  for (const s of r.services) {
    const rep = s.report;
    const state = s.status === "ok" ? "" : `  ${s.status.toUpperCase()}${s.error ? `: ${s.error}` : ""}`;
    lines.push(`  ${s.service.padEnd(width)}  ${`${rep.cachedSteps}/${rep.totalSteps}`.padStart(7)} cached  ${rep.backend}  read ${rep.reads.join(" -> ") || "(nothing)"}  wrote ${rep.writes ?? "(nothing)"}${state}`);
    if (rep.firstMiss && s.status === "ok") lines.push(`  ${" ".repeat(width)}  first miss: ${rep.firstMiss}`);
    for (const m of rep.mounts ?? []) lines.push(`  ${" ".repeat(width)}  cache mount ${m.id}: ${mountSummary(m)}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}
function pct2(ratio) {
  return `${Math.round(ratio * 100)}%`;
}

// ../sdk/src/bake/bake.ts
var BakeError = class extends BuildError {
  constructor(exitCode, stderrTail, result) {
    const which = result.report.failed;
    const first = result.report.services.find((s) => s.status === "failed")?.error;
    const services = `service${which.length === 1 ? "" : "s"} ${which.join(", ") || "(unknown)"}`;
    super(exitCode, stderrTail, `[layercache] bake failed: ${services} did not build${first ? ` (${first})` : ""} (exit code ${exitCode ?? "unknown"})`);
    this.result = result;
  }
  result;
  name = "BakeError";
};
async function cachedBake(input, runtime = {}) {
  const started = Date.now();
  const cwd = runtime.cwd ?? process.cwd();
  const parsed2 = parseBakeOptions(input);
  const options = parsed2.cache.dir ? withParsedChanges(parsed2, { cache: { ...parsed2.cache, dir: path34.resolve(cwd, parsed2.cache.dir) } }) : parsed2;
  const run = runtime.run ?? runProcess;
  const { redact, log } = redactedLogging(options, runtime.logger);
  requireEnvForCredentials(options, runtime.env, "cachedBake");
  const target = engineTarget(runtime.env, options.dockerContext, "cachedBake");
  const { env } = target;
  const loaded = await loadCheckedProject(options, env, cwd, run);
  const engine = runtime.preflight ?? await preflight({ env, endpoint: target.endpoint, dockerPath: options.dockerPath, builder: options.builder, run });
  log.info(engineLine(engine));
  const workspace = await openTrackedWorkspace(options, env, "layercache-bake-", runtime.signal, run);
  const { credentials } = workspace;
  const workDir = path34.dirname(workspace.metadataFile);
  const projectDir = loaded.projectDir;
  try {
    const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
    const services = loaded.project.services;
    const found2 = await Promise.all(
      services.map((s) => findExistingCaches({ cache: serviceCache(options.cache, s), keys, cwd, credentials }))
    );
    const excluded = await Promise.all(
      loaded.holdingCache.map(async (h) => ({
        target: h.service.target,
        service: h.service.name,
        ...await excludeCacheFromContext(h.found, h.dockerfile, path34.join(workDir, h.service.slug))
      }))
    );
    const facts = {
      ...preflightFacts(engine, {
        cwd,
        metadataFile: workspace.metadataFile,
        localCaches: new Set(found2.flatMap((f) => [...f.caches])),
        previousCaches: new Set(found2.flatMap((f) => [...f.previous])),
        credentials
      }),
      project: loaded.project,
      files: loaded.files,
      dockerfiles: Object.fromEntries(excluded.map((e) => [e.target, e.dockerfile]))
    };
    const plan = planBake(options, facts);
    for (const note of plan.notes) log.info(`layercache: ${note}`);
    const ctx = { facts, cwd: projectDir, credentials, log, redact };
    const serviceOf = (name) => services.find((s) => s.name === name);
    const images = /* @__PURE__ */ new Map();
    for (const sp of plan.services) {
      images.set(sp.service, await openImageCache(sp.build, serviceSource(serviceOf(sp.service), sp.build, projectDir), ctx));
    }
    const withArgs = plan.services.map((sp) => ({ ...sp, args: serviceOf(sp.service)?.args }));
    const mountsInput = { facts, engine, cwd: projectDir, workDir, run, env: workspace.childEnv({}), signal: workspace.signal, log };
    const mounts = await openServiceMounts(withArgs, mountsInput);
    for (const [service, image] of images) image.mounts = mounts[service];
    const invocation = {
      attempt: (p, withSecrets) => {
        const router = new TargetRouter(p.services.map((s) => s.target));
        return runBuildx({
          command: p.command,
          args: p.args,
          cwd: projectDir,
          env: workspace.childEnv(withSecrets ? p.secretEnv : {}),
          run,
          log,
          redact,
          signal: workspace.signal,
          transformStatus: (status) => router.route(status),
          cacheTimeoutSeconds: options.cache.timeout
        });
      },
      withoutCache: (p) => withoutBakeCache(p, facts),
      withoutReads: withoutBakeCacheReads,
      hasCache: (p) => p.services.some((s) => s.build.cacheFrom.length + s.build.cacheTo.length > 0),
      readsAnything: (p) => p.services.some((s) => s.build.cacheFrom.length > 0),
      reads: (p) => p.services.flatMap((s) => s.build.reads),
      cacheName: (p) => [...new Set(p.services.map((s) => s.build.backend))].join("/"),
      release: async () => {
        for (const image of images.values()) await releaseImageCache(image);
      }
    };
    const ladder = { strict: options.cache.strict, timeoutSeconds: options.cache.timeout, log };
    const ran = await attemptWithFallbacks(plan, invocation, ladder);
    const { attempt, succeeded, plan: last } = ran;
    const metadata = await readMetadata(facts.metadataFile);
    const vertices = attempt.tracker.vertices();
    const runWarnings = Object.fromEntries(last.services.map((sp) => [sp.service, [...ran.warnings]]));
    const report = buildBakeReport({ vertices, services: last.services, runSucceeded: succeeded, metadata, warnings: runWarnings });
    for (const s of report.services) {
      const sp = last.services.find((x) => x.service === s.service);
      const notes = excluded.filter((e) => e.service === s.service).map((e) => e.note);
      const outcome = {
        plan: sp.build,
        vertices: targetVertices(vertices, sp.target),
        succeeded: s.status === "ok",
        readsDropped: ran.readsDropped,
        notes
      };
      const added = await settleImageCache(images.get(s.service), outcome, s.report, ctx);
      if (s.status === "ok") for (const n of s.report.notes ?? []) log.info(`layercache: ${s.service}: ${n}`);
      for (const w of added) log.warn(`${s.service}: ${w}`);
    }
    report.warnings = report.services.flatMap((s) => s.report.warnings.map((w) => `${s.service}: ${w}`));
    const result = { durationMs: Date.now() - started, report, plan: last, preflight: engine, metadata };
    if (!succeeded) {
      const tail = [engineDamageHint(attempt.stderrTail), tailLines(attempt.stderrTail)].filter(Boolean).join("\n");
      throw new BakeError(attempt.exitCode, redact(tail), result);
    }
    if (options.cache.strict) {
      for (const s of report.services) {
        const failure = strictVerdict(s.report, `service ${s.service}: `);
        if (failure) throw failure;
      }
    }
    return result;
  } finally {
    await workspace.dispose();
  }
}
function serviceSource(service, build2, projectDir) {
  return {
    context: path34.resolve(projectDir, build2.options.context),
    dockerfile: path34.resolve(projectDir, dockerfilePath(build2.options)),
    buildArgs: service?.args ?? {}
  };
}

// ../sdk/src/prune/prune.ts
init_esm_shims();

// ../sdk/src/prune/options.ts
init_esm_shims();
var PRUNE_BACKENDS = ["registry", "inline", "local", "s3", "harness"];
var DURATION = /^(\d+(?:\.\d+)?)(m|h|d|w)$/;
var SIZE = /^(\d+(?:\.\d+)?)\s*(|b|k|m|g|t|kb|mb|gb|tb|kib|mib|gib|tib)$/i;
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text2) {
  const m = DURATION.exec(text2.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2]] : void 0;
}
function parseSize(text2) {
  const m = SIZE.exec(text2.trim());
  if (!m) return void 0;
  const unit = m[2].toLowerCase();
  const power = ["", "k", "m", "g", "t"].indexOf(unit.replace(/i?b$/, "") || "");
  const base = unit.endsWith("b") && !unit.endsWith("ib") && unit !== "b" ? 1e3 : 1024;
  return Math.round(Number(m[1]) * base ** Math.max(power, 0));
}
var duration3 = external_exports.string().refine((v) => parseDuration(v) !== void 0, "must be a duration like 90m, 12h, 30d or 2w");
var size = external_exports.string().refine((v) => parseSize(v) !== void 0, "must be a size like 500MB, 10GiB or a number of bytes");
var pruneOptionsSchema = external_exports.object({
  backend: external_exports.enum(PRUNE_BACKENDS).transform(resolveBackendAlias).describe("Where the caches live: registry | inline | local | s3 (harness: an alias)."),
  ref: external_exports.string().min(1).optional().describe("Registry repository of the cache tags (registry, inline), without a tag."),
  dir: external_exports.string().min(1).optional().describe("Cache directory (local)."),
  harness: harnessCacheSchema.optional().describe("S3 settings (s3), as builds use them."),
  registryAuth: external_exports.array(registryAuthSchema).default([]).describe("Registry logins, the same as builds use."),
  defaultBranch: external_exports.string().min(1).default("main").describe("Its cache is never removed unless named in removeBranches."),
  liveBranches: external_exports.array(external_exports.string()).optional().describe("Branches (or refs/heads/\u2026, refs/tags/\u2026) whose caches stay; undefined: no live rule."),
  all: external_exports.boolean().default(false).describe("Treat every branch as gone (needed to act on an empty live list)."),
  removeBranches: external_exports.array(external_exports.string().min(1)).default([]).describe("Branches whose caches go in any case, the default branch too."),
  olderThan: duration3.optional().describe("Remove caches last written longer ago than this."),
  maxSize: size.optional().describe("Budget: remove the oldest caches until the rest fit."),
  freshMinutes: external_exports.number().min(0).default(60).describe("A cache written this recently is never removed by a rule (only when named)."),
  dryRun: external_exports.boolean().default(false).describe("List what would go, with sizes, and change nothing.")
}).strict();

// ../sdk/src/prune/select.ts
init_esm_shims();

// ../sdk/src/prune/live-refs.ts
init_esm_shims();

// ../sdk/src/prune/sizes.ts
init_esm_shims();

// ../sdk/src/prune/render.ts
init_esm_shims();

// ../sdk/src/cli/commands/prune.ts
init_esm_shims();
import { readFile as readFile17 } from "fs/promises";
import path37 from "path";
import { parseArgs } from "util";

// ../sdk/src/cli/files.ts
init_esm_shims();
import { mkdir as mkdir9, readFile as readFile16, writeFile as writeFile8 } from "fs/promises";
import path36 from "path";

// ../sdk/src/options/check-outputs.ts
init_esm_shims();
import path35 from "path";
async function checkOutputPaths(outputs, cwd) {
  const issues = await outputPathIssues(outputs, cwd);
  if (issues.length > 0) throw new ConfigError(issues);
}
async function outputPathIssues(outputs, cwd) {
  const issues = [];
  for (const o of outputs) {
    if (!o.path) continue;
    const problem = await writableProblem(path35.resolve(cwd, o.path), o.kind ?? "file");
    if (!problem) continue;
    const what = o.kind === "dir" ? "directory" : "file";
    issues.push({ path: o.setting, message: problem, hint: `point ${o.setting} at a writable ${what} (missing directories are created), or leave it unset` });
  }
  return issues;
}
async function checkAll(checks) {
  const issues = [];
  for (const check of checks) {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
}
async function writeOutput(setting, file, write, warn) {
  try {
    await write();
    return true;
  } catch (error) {
    warn(`[layercache] could not write ${setting} (${file}): ${error.message}; the build itself succeeded`);
    return false;
  }
}

// ../sdk/src/cli/commands/bake.ts
init_esm_shims();
import path38 from "path";
import { parseArgs as parseArgs3 } from "util";

// ../sdk/src/cli/build-args.ts
init_esm_shims();
import { parseArgs as parseArgs2 } from "util";

// ../sdk/src/cli/failure.ts
init_esm_shims();

// ../sdk/src/cli/io.ts
init_esm_shims();

// ../sdk/src/cli/shell-quote.ts
init_esm_shims();

// ../sdk/src/cli/bake-help.ts
init_esm_shims();

// ../sdk/src/cli/help-flags.ts
init_esm_shims();
var BACKEND_FLAG = "      --backend NAME          inline | registry | local | s3 | none | auto (default auto; harness = s3)";
var CACHE_MODE_FLAGS = `      --cache-mode min|max    (default max)
      --cache-write auto|always|never   write policy (default auto)`;
var WORKSPACE_FLAG = "      --workspace DIR         cache-dir must lie inside DIR";
var KEY_FLAGS = `Keys (normally set by a CI adapter):
      --branch NAME  --default-branch NAME (default main)
      --pr-id ID  --pr-source-branch NAME  --pr-target-branch NAME  --fork
      --git-tag TAG  --sha SHA`;
var CONFIG_FLAG = "      --config FILE           options as JSON (flags override it)";
var JSON_FLAG = "      --json                  with --dry-run: print the plan as JSON";
var QUIET_HELP_FLAGS = `  -q, --quiet                 no build progress, only the summary
  -h, --help`;
var MOUNTS_FLAGS = `      --cache-mounts auto|off|ID,...  keep RUN --mount=type=cache contents with the cache (default auto)
      --cache-mounts-max-size-mb N    a cache mount archive larger than this is not saved (default 1024)`;

// ../sdk/src/cli/bake-help.ts
var BAKE_HELP = `Usage: layercache bake [-f FILE]... [TARGET...] [flags]

Builds every service with a build section of a Compose file (or every target of a bake file) in
one docker buildx bake run, each with its own branch-aware layer cache:
  registry/inline: <cache-ref>/<service>:<branch>   local: <cache-dir>/<service>/<branch>
Your file is not edited: layercache adds --set <target>.cache-from/cache-to, and keeps your own
cache_from/cache_to entries after its own. Services without build: are ignored.

Files:
  -f, --file FILE             compose.yaml or docker-bake.hcl/.json, repeatable
                              (default: the first of compose.yaml, compose.yml, docker-compose.yml,
                              docker-compose.yaml, docker-bake.json, docker-bake.hcl)
  TARGET...                   services/targets to build (default: all with a build section)

Build:
      --push | --load | --pull | --no-cache
      --builder NAME          buildx builder
      --context NAME          docker context to build on (as docker --context; wins over DOCKER_HOST)
  Tags, target, args, platforms, secrets and network are read per service from the file.

Cache:
${BACKEND_FLAG}
      --cache-ref REPO        registry repository; each service gets REPO/<service>
      --cache-dir DIR         local cache directory; each service gets DIR/<service>
${CACHE_MODE_FLAGS}
      --cache-from ENTRY      extra raw cache-from entry for every service, repeatable
      --cache-to ENTRY        extra raw cache-to entry for every service, repeatable
      --cache-max-size-mb N   local cache size cap per service (default 4096)
      --cache-timeout S       seconds a cache import or export may take (default 300; 0: no limit)
${MOUNTS_FLAGS}
      --strict                fail when a cache cannot be imported or exported
${WORKSPACE_FLAG}

${KEY_FLAGS}

Output:
${CONFIG_FLAG}
      --dry-run               print the exact bake argv and touch nothing (bake files: runs bake --print)
${JSON_FLAG}
      --report-json FILE      per-service and total report as JSON (written even when a service fails)
      --report-markdown FILE  the same report as Markdown
${QUIET_HELP_FLAGS}

Exit codes: 0 ok, 1 a service (or the engine) failed, 2 bad input.
`;

// ../sdk/src/cli/commands/lint.ts
init_esm_shims();
import { writeFile as writeFile9 } from "fs/promises";
import { basename as basename2, dirname, isAbsolute, relative as relative2, resolve as resolve2 } from "path";
import { parseArgs as parseArgs4 } from "util";
var LINT_HELP = `Usage: layercache lint [Dockerfile] [options]

Checks a Dockerfile for what makes its layer cache miss. Exit code 0 when there is no
error finding, 1 when there is, 2 for bad input.

Arguments:
  Dockerfile          Path to the Dockerfile (default: ./Dockerfile)

Options:
  --format FORMAT     text (default), json, or gitlab (GitLab Code Quality JSON)
  --output FILE       Write the report to FILE (the text report still goes to stdout)
  --backend NAME      The cache backend the build uses (${BACKENDS.join(", ")}); enables backend checks
  --context DIR       Build context, for the .dockerignore checks (default: the Dockerfile's directory)
  -h, --help          Show this help

Rules:
${lintRules.map((r) => `  ${r.id.padEnd(28)} ${r.severity.padEnd(8)} ${r.title}`).join("\n")}

Docs: docs/lint.md
`;

// ../sdk/src/adapter/index.ts
init_esm_shims();

// ../sdk/src/adapter/env-reader.ts
init_esm_shims();
var TRUE_WORDS = ["true", "1", "yes", "on"];
var FALSE_WORDS = ["false", "0", "no", "off"];
function parseBoolean(value) {
  const v = value.trim().toLowerCase();
  if (TRUE_WORDS.includes(v)) return true;
  if (FALSE_WORDS.includes(v)) return false;
  return void 0;
}
function printable2(value) {
  return JSON.stringify(value.slice(0, 80)).slice(1, -1);
}
var EnvReader = class {
  constructor(env) {
    this.env = env;
  }
  env;
  issues = [];
  /** The trimmed value, or undefined when unset or blank (CI systems hand unset inputs over as ""). */
  get(name) {
    const v = this.env[name]?.trim();
    return v ? v : void 0;
  }
  /** A secret as given (a password may start or end with spaces); undefined when unset or empty. */
  secret(name) {
    const v = this.env[name];
    return v === void 0 || v === "" ? void 0 : v;
  }
  /** The first of several variables that is set, with the name that supplied it. */
  first(...names) {
    for (const name of names) {
      const value = this.get(name);
      if (value !== void 0) return { name, value };
    }
    return void 0;
  }
  bool(name) {
    const v = this.get(name);
    if (v === void 0) return void 0;
    const parsed2 = parseBoolean(v);
    if (parsed2 === void 0) this.fail(name, `"${printable2(v)}" is not a boolean`, `use ${TRUE_WORDS.join("/")} or ${FALSE_WORDS.join("/")}`);
    return parsed2;
  }
  /** One of a fixed set of words, case-insensitive. */
  oneOf(name, allowed) {
    const v = this.get(name)?.toLowerCase();
    if (v === void 0) return void 0;
    if (allowed.includes(v)) return v;
    this.fail(name, `"${printable2(v)}" is not one of ${allowed.join(", ")}`, `use one of ${allowed.join(", ")}`);
    return void 0;
  }
  /** A list; by default separated by commas, spaces or newlines (refs and platforms hold none). */
  list(name, separator = /[\s,]+/) {
    return splitList(this.get(name), separator);
  }
  /** `KEY=VALUE` entries into a record; blank entries and `#` comments are skipped. */
  pairs(name, entries = this.list(name, /\r?\n/)) {
    const out = {};
    entries.forEach((entry, i) => {
      const line = entry.trim();
      if (line === "" || line.startsWith("#")) return;
      const eq = line.indexOf("=");
      if (eq <= 0) this.fail(name, `entry ${i + 1} ("${printable2(line.slice(0, 40))}") is not KEY=VALUE`, "write each entry as KEY=VALUE");
      else out[line.slice(0, eq).trim()] = line.slice(eq + 1);
    });
    return out;
  }
  /** Build secrets, one a line, buildx style: `id=npm,env=NPM_TOKEN` or `id=netrc,src=.netrc`. */
  secrets(name) {
    const out = [];
    this.list(name, /\r?\n/).forEach((line, i) => {
      if (line.startsWith("#")) return;
      const fields = Object.fromEntries(line.split(",").map((f) => {
        const eq = f.indexOf("=");
        return eq < 0 ? [f.trim(), ""] : [f.slice(0, eq).trim(), f.slice(eq + 1).trim()];
      }));
      const { id, env, src, ...rest } = fields;
      if (!id || env === void 0 === (src === void 0) || Object.keys(rest).length > 0) {
        this.fail(name, `line ${i + 1} must be id=ID,env=VARIABLE or id=ID,src=FILE`, "e.g. id=npm,env=NPM_TOKEN");
      } else out.push(env !== void 0 ? { id, env } : { id, src });
    });
    return out;
  }
  fail(name, message, hint) {
    this.issues.push(hint === void 0 ? { path: name, message } : { path: name, message, hint });
  }
  missing(name, hint) {
    this.fail(name, "is not set", hint);
  }
  /** Throws one ConfigError naming every variable that was wrong. */
  throwIfAny() {
    if (this.issues.length > 0) throw new ConfigError([...this.issues]);
  }
};
function splitList(value, separator = /[\s,]+/) {
  return (value ?? "").split(separator).map((s) => s.trim()).filter(Boolean);
}
function definedOnly(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

// ../sdk/src/adapter/option-names.ts
init_esm_shims();
function variableFor(names, optionPath) {
  const parts = optionPath.split(".");
  for (let n = parts.length; n > 0; n--) {
    const variable = names[parts.slice(0, n).join(".")];
    if (variable !== void 0) return variable.replace("*", parts.slice(n).join("."));
  }
  return void 0;
}
function renameIssues(names, issues) {
  return issues.map((issue) => {
    const variable = variableFor(names, issue.path);
    if (variable === void 0 || variable === issue.path) return issue;
    return { path: variable, message: `${issue.message} (option ${issue.path})`, hint: issue.hint ?? `set ${variable} to a valid value` };
  });
}
function renamedError(names, error) {
  return error instanceof ConfigError ? new ConfigError(renameIssues(names, error.issues)) : error;
}
async function renamed(names, step) {
  try {
    return await step();
  } catch (error) {
    throw renamedError(names, error);
  }
}
function renamedSync(names, step) {
  try {
    return step();
  } catch (error) {
    throw renamedError(names, error);
  }
}

// ../sdk/src/adapter/io.ts
init_esm_shims();

// ../sdk/src/adapter/bake-env.ts
init_esm_shims();
function ignoredInBakeWarning(name, switchName) {
  return `${name} has no effect with ${switchName}: set it in each service's build section of the file`;
}

// ../sdk/src/adapter/runner.ts
init_esm_shims();
async function runAdapter(adapter, ctx, seams = {}) {
  const names = typeof adapter.names === "function" ? adapter.names(ctx.env) : adapter.names;
  try {
    ctx.log.section?.("setup");
    const skip = adapter.skip?.(ctx.env);
    if (skip !== void 0) {
      ctx.log.info(`layercache: ${skip}`);
      return 0;
    }
    await renamed(names, () => adapter.bake?.wanted(ctx.env) ? bake(adapter, adapter.bake, ctx, seams) : build(adapter, ctx, seams));
    return 0;
  } catch (error) {
    return reportFailure2(error, ctx.log);
  } finally {
    ctx.log.close?.();
  }
}
async function build(adapter, ctx, seams) {
  const { env, cwd, log } = ctx;
  const options = adapter.buildOptions(env, cwd);
  let parsed2;
  await checkAll([async () => parsed2 = await checkBuildInputs(options, { env, cwd }), () => checkOutputPaths(adapter.outputPaths(env), cwd)]);
  for (const line of adapter.warnings?.(env) ?? []) log.warn(line);
  for (const line of adapter.notes?.(env, parsed2) ?? []) log.info(line);
  log.section?.("build");
  const run = (o) => (seams.build ?? cachedBuild)(o, { env, cwd, logger: log });
  const { result, extra } = adapter.aroundBuild ? await adapter.aroundBuild(options, ctx, run) : { result: await run(options), extra: void 0 };
  log.section?.("report");
  log.summary(renderSummary(result));
  await adapter.writeBuildOutputs(result, ctx, extra);
}
async function bake(adapter, spec, ctx, seams) {
  const { env, cwd, log } = ctx;
  const options = spec.options(env);
  await checkOutputPaths(adapter.outputPaths(env), cwd);
  for (const line of spec.warnings?.(env) ?? []) log.warn(line);
  for (const line of spec.notes?.(env, options) ?? []) log.info(line);
  log.section?.("bake");
  let result;
  let failure;
  try {
    result = await (seams.bake ?? cachedBake)(options, { env, cwd, logger: log });
  } catch (error) {
    if (!(error instanceof BakeError)) throw error;
    failure = error;
    result = error.result;
  }
  log.section?.("report");
  log.summary(renderBakeSummary(result.report, result.durationMs));
  await spec.writeOutputs(result, ctx, failure === void 0);
  if (failure) throw failure;
}
function reportFailure2(error, log) {
  if (error instanceof LayercacheError) {
    log.error(error.message);
    return error.exitCode;
  }
  log.error(`[layercache] unexpected failure: ${error?.stack ?? String(error)}`);
  return 1;
}

// ../sdk/src/adapter/write-file.ts
init_esm_shims();
import { appendFile, mkdir as mkdir10, writeFile as writeFile10 } from "fs/promises";
import path39 from "path";
function writeTextFile(setting, file, text2, warn, append = false) {
  return writeOutput(setting, file, async () => {
    await mkdir10(path39.dirname(file), { recursive: true });
    await (append ? appendFile : writeFile10)(file, text2);
  }, warn);
}

// src/auto-tags.ts
init_esm_shims();

// src/settings.ts
init_esm_shims();
var SETTINGS = {
  repo: "PLUGIN_REPO",
  tags: "PLUGIN_TAGS",
  tag: "PLUGIN_TAG",
  dockerfile: "PLUGIN_DOCKERFILE",
  context: "PLUGIN_CONTEXT",
  target: "PLUGIN_TARGET",
  buildArgs: "PLUGIN_BUILD_ARGS",
  buildArgsNew: "PLUGIN_BUILD_ARGS_NEW",
  labels: "PLUGIN_CUSTOM_LABELS",
  registry: "PLUGIN_REGISTRY",
  username: "PLUGIN_USERNAME",
  password: "PLUGIN_PASSWORD",
  cacheFrom: "PLUGIN_CACHE_FROM",
  cacheTo: "PLUGIN_CACHE_TO",
  noPush: "PLUGIN_NO_PUSH",
  dryRun: "PLUGIN_DRY_RUN",
  platform: "PLUGIN_PLATFORM",
  load: "PLUGIN_BUILDX_LOAD",
  noCache: "PLUGIN_NO_CACHE",
  pull: "PLUGIN_PULL_IMAGE",
  builder: "PLUGIN_BUILDER_NAME",
  network: "PLUGIN_NETWORK",
  // more of the buildx plugin's settings, with its meaning
  autoTag: "PLUGIN_AUTO_TAG",
  defaultTags: "PLUGIN_DEFAULT_TAGS",
  autoTagSuffix: "PLUGIN_AUTO_TAG_SUFFIX",
  defaultSuffix: "PLUGIN_DEFAULT_SUFFIX",
  buildArgsFromEnv: "PLUGIN_BUILD_ARGS_FROM_ENV",
  multipleBuildArgs: "PLUGIN_MULTIPLE_BUILD_ARGS",
  autoLabel: "PLUGIN_AUTO_LABEL",
  labelSchema: "PLUGIN_LABEL_SCHEMA",
  repoLink: "PLUGIN_REPO_LINK",
  addHost: "PLUGIN_ADD_HOST",
  secret: "PLUGIN_SECRET",
  secretsFromEnv: "PLUGIN_SECRETS_FROM_ENV",
  secretsFromFile: "PLUGIN_SECRETS_FROM_FILE",
  baseImageRegistry: "PLUGIN_BASE_IMAGE_REGISTRY",
  baseImageUsername: "PLUGIN_BASE_IMAGE_USERNAME",
  baseImagePassword: "PLUGIN_BASE_IMAGE_PASSWORD",
  dockerRegistry: "PLUGIN_DOCKER_REGISTRY",
  dockerUsername: "PLUGIN_DOCKER_USERNAME",
  dockerPassword: "PLUGIN_DOCKER_PASSWORD",
  cacheTlsInsecure: "PLUGIN_CACHE_TLS_INSECURE",
  metadataFile: "PLUGIN_METADATA_FILE",
  artifactFile: "PLUGIN_ARTIFACT_FILE",
  registryType: "PLUGIN_REGISTRY_TYPE",
  cacheMetricsFile: "PLUGIN_CACHE_METRICS_FILE",
  // layercache's own settings
  backend: "PLUGIN_CACHE_BACKEND",
  remoteCacheImage: "PLUGIN_REMOTE_CACHE_IMAGE",
  write: "PLUGIN_CACHE_WRITE",
  mode: "PLUGIN_CACHE_MODE",
  strict: "PLUGIN_CACHE_STRICT",
  timeout: "PLUGIN_CACHE_TIMEOUT",
  defaultBranch: "PLUGIN_DEFAULT_BRANCH",
  // multi-service builds (layercache bake)
  composeFile: "PLUGIN_COMPOSE_FILE",
  bakeFile: "PLUGIN_BAKE_FILE",
  composeServices: "PLUGIN_COMPOSE_SERVICES",
  // managed (S3-compatible) cache
  s3Endpoint: "PLUGIN_CACHE_S3_ENDPOINT",
  s3Bucket: "PLUGIN_CACHE_S3_BUCKET",
  s3Region: "PLUGIN_CACHE_S3_REGION",
  s3Prefix: "PLUGIN_CACHE_S3_PREFIX",
  s3PathStyle: "PLUGIN_CACHE_S3_PATH_STYLE",
  s3AccessKey: "PLUGIN_CACHE_S3_ACCESS_KEY",
  s3SecretKey: "PLUGIN_CACHE_S3_SECRET_KEY",
  s3SessionToken: "PLUGIN_CACHE_S3_SESSION_TOKEN",
  // the names drone-buildx reads for self-hosted DLC credentials, accepted as aliases
  selfHostedAccessKey: "PLUGIN_HARNESS_SELF_HOSTED_S3_ACCESS_KEY",
  selfHostedSecretKey: "PLUGIN_HARNESS_SELF_HOSTED_S3_SECRET_KEY",
  pathStyleAlias: "PLUGIN_PATH_STYLE"
};

// src/auto-tags.ts
var SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
function autoTagOn(r) {
  const set = r.first(SETTINGS.defaultTags, SETTINGS.autoTag);
  return set !== void 0 && r.bool(set.name) === true;
}
function autoTagSkip(r) {
  if (!autoTagOn(r)) return void 0;
  const ref = r.get("DRONE_COMMIT_REF") ?? "";
  if (ref.startsWith("refs/tags/") || ref.replace(/^refs\/heads\//, "") === r.get("DRONE_REPO_BRANCH")) return void 0;
  return `auto_tag is on and ${ref || "this build"} is neither a tag nor the default branch: nothing is built, as with the buildx plugin`;
}
function autoTags(r) {
  const ref = r.get("DRONE_COMMIT_REF") ?? "";
  const suffix = r.first(SETTINGS.defaultSuffix, SETTINGS.autoTagSuffix)?.value;
  return defaultTags(r, ref).map((tag) => suffix === void 0 ? tag : tag === "latest" ? suffix : `${tag}-${suffix}`);
}
function defaultTags(r, ref) {
  if (!ref.startsWith("refs/tags/")) return ["latest"];
  const version = ref.slice("refs/tags/".length).replace(/^v/, "");
  const m = SEMVER.exec(version);
  if (m === null) {
    r.fail("DRONE_COMMIT_REF", `${JSON.stringify(ref.slice(0, 80))} is not a semantic version tag, which auto_tag needs`, "tag releases as v1.2.3, or set tags instead of auto_tag");
    return [];
  }
  const [, major, minor, patch, pre, meta] = m;
  if (pre !== void 0 || meta !== void 0) return [version];
  if (major === "0") return [`${major}.${minor}`, `${major}.${minor}.${patch}`];
  return [major, `${major}.${minor}`, `${major}.${minor}.${patch}`];
}

// src/bake-env.ts
init_esm_shims();

// src/env.ts
init_esm_shims();

// src/build-inputs.ts
init_esm_shims();
function buildArgs2(r) {
  const fromNew = r.pairs(SETTINGS.buildArgsNew, r.list(SETTINGS.buildArgsNew, ";"));
  const args = r.bool(SETTINGS.multipleBuildArgs) === true ? fromNew : { ...r.pairs(SETTINGS.buildArgs, r.list(SETTINGS.buildArgs, ",")), ...fromNew };
  for (const name of r.list(SETTINGS.buildArgsFromEnv, ",")) {
    const value = r.first(name, name.toUpperCase(), `HARNESS_${name.toUpperCase()}`)?.value;
    if (value === void 0) continue;
    for (const key of /* @__PURE__ */ new Set([name, name.toUpperCase()])) if (!(key in args)) args[key] = value;
  }
  return args;
}
function buildArgsFromEnvMissing(r) {
  return r.list(SETTINGS.buildArgsFromEnv, ",").filter((name) => r.first(name, name.toUpperCase(), `HARNESS_${name.toUpperCase()}`) === void 0).map((name) => `${SETTINGS.buildArgsFromEnv}: ${name} is not set in the step's environment, so no build arg ${name} is passed`);
}
function secrets(r) {
  const one = r.get(SETTINGS.secret);
  return [
    ...one !== void 0 ? rawSecret(r, one) : [],
    ...Object.entries(r.pairs(SETTINGS.secretsFromEnv, r.list(SETTINGS.secretsFromEnv, ","))).map(([id, name]) => ({ id, env: name })),
    ...Object.entries(r.pairs(SETTINGS.secretsFromFile, r.list(SETTINGS.secretsFromFile, ","))).map(([id, file]) => ({ id, src: file }))
  ];
}
function rawSecret(r, value) {
  const fields = r.pairs(SETTINGS.secret, value.split(","));
  const { id, env: name, src, source, type, ...rest } = fields;
  const file = src ?? source;
  if (id === void 0 || Object.keys(rest).length > 0 || type !== void 0 && type !== "env" && type !== "file") {
    r.fail(SETTINGS.secret, `"${printable2(Object.keys(fields).join(","))}" is not id=NAME[,env=VAR|,src=FILE]`, "write secret: id=npm_token,env=NPM_TOKEN (or use secrets_from_env)");
    return [];
  }
  if (name !== void 0) return [{ id, env: name }];
  if (file !== void 0) return [{ id, src: file }];
  return [type === "file" || r.get(id) === void 0 ? { id, src: id } : { id, env: id }];
}
function labels(r, now) {
  const out = {};
  if (r.bool(SETTINGS.autoLabel) ?? true) {
    const facts = {
      created: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
      revision: r.get("DRONE_COMMIT_SHA"),
      source: r.get("DRONE_REMOTE_URL"),
      url: r.first(SETTINGS.repoLink, "DRONE_REPO_LINK")?.value,
      ...r.pairs(SETTINGS.labelSchema, r.list(SETTINGS.labelSchema, ","))
    };
    for (const [k, v] of Object.entries(facts)) if (v !== void 0 && v !== "") out[`org.opencontainers.image.${k}`] = v;
  }
  return { ...out, ...r.pairs(SETTINGS.labels, r.list(SETTINGS.labels, ",")) };
}

// src/cache-entries.ts
init_esm_shims();
var S3_KEY_FIELDS = { access_key_id: "accessKeyId", secret_access_key: "secretAccessKey", session_token: "sessionToken" };
var OTHER_KEY_FIELDS = /* @__PURE__ */ new Set(["account_key", "client_secret", "oidc_token", "gcp_json_key", "secret_key", "password", "token"]);
var PLACEHOLDER = "harness_placeholder_aws_creds";
function cacheEntries(r, from, to) {
  const found2 = [];
  const moved = [];
  const one = (setting) => (entry, i) => {
    const { kept, keys, other } = splitEntry(entry, r);
    const where = `${setting} entry ${i + 1}`;
    if (other.length > 0) r.fail(setting, `entry ${i + 1} carries ${other.join(", ")} inline, which would put it in argv`, "use an s3 cache or the managed cache (cache_s3_*), whose keys travel in the environment");
    if (Object.keys(keys).length > 0) {
      if (!kept.some((f) => /^type=s3$/i.test(f))) r.fail(setting, `entry ${i + 1} carries S3 keys but is not type=s3`, "remove access_key_id/secret_access_key from it");
      found2.push(keys);
      moved.push(where);
    }
    return withPluginAttributes(r, kept).join(",");
  };
  const cacheFrom = from.map(one(SETTINGS.cacheFrom));
  const cacheTo = to.map(one(SETTINGS.cacheTo));
  const credentials = oneSetOfKeys(found2, r);
  return { cacheFrom, cacheTo, moved, ...credentials ? { credentials } : {} };
}
function splitEntry(entry, r) {
  const kept = [];
  const keys = {};
  const other = [];
  for (const field of csvFields(entry)) {
    const bare = field.replace(/^"|"$/g, "");
    const eq = bare.indexOf("=");
    const name = eq > 0 ? bare.slice(0, eq).trim().toLowerCase() : "";
    let value = eq > 0 ? bare.slice(eq + 1) : "";
    if (name in S3_KEY_FIELDS) {
      if (value === PLACEHOLDER) value = r.get(name === "access_key_id" ? SETTINGS.selfHostedAccessKey : SETTINGS.selfHostedSecretKey) ?? "";
      if (value !== "") keys[S3_KEY_FIELDS[name]] = value;
    } else if (OTHER_KEY_FIELDS.has(name)) {
      other.push(name);
    } else {
      kept.push(field);
    }
  }
  return { kept, keys, other };
}
function csvFields(entry) {
  const out = [];
  let field = "";
  let quoted = false;
  for (const ch of entry) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(field.trim());
      field = "";
    } else field += ch;
  }
  out.push(field.trim());
  return out.filter(Boolean);
}
function withPluginAttributes(r, fields) {
  const out = [...fields];
  const has = (attr) => out.some((f) => f.replace(/^"/, "").startsWith(`${attr}=`));
  if (r.bool(SETTINGS.pathStyleAlias) === true && out.some((f) => /^"?type=s3"?$/i.test(f)) && !has("use_path_style")) out.push("use_path_style=true");
  if (r.bool(SETTINGS.cacheTlsInsecure) === true && !has("tls_insecure_skip_verify")) out.push("tls_insecure_skip_verify=true");
  return out;
}
function oneSetOfKeys(found2, r) {
  if (found2.length === 0) return void 0;
  const first = found2[0];
  const same = found2.every((k) => k.accessKeyId === first.accessKeyId && k.secretAccessKey === first.secretAccessKey && k.sessionToken === first.sessionToken);
  if (!same) r.fail(SETTINGS.cacheFrom, "cache entries carry different S3 keys: buildx takes one set per build", "use one key pair for every s3 cache entry of the step");
  if (first.accessKeyId === void 0 || first.secretAccessKey === void 0) {
    r.fail(SETTINGS.cacheFrom, "an s3 cache entry carries only half of its keys inline", "give both access_key_id and secret_access_key (or harness_self_hosted_s3_*), or neither");
    return void 0;
  }
  return { accessKeyId: first.accessKeyId, secretAccessKey: first.secretAccessKey, ...first.sessionToken ? { sessionToken: first.sessionToken } : {} };
}

// src/config-errors.ts
init_esm_shims();
var HARNESS_NAMES = {
  context: SETTINGS.context,
  files: SETTINGS.composeFile,
  targets: SETTINGS.composeServices,
  dockerfile: SETTINGS.dockerfile,
  target: SETTINGS.target,
  tags: SETTINGS.tags,
  platforms: SETTINGS.platform,
  buildArgs: SETTINGS.buildArgs,
  labels: SETTINGS.labels,
  secrets: SETTINGS.secretsFromEnv,
  addHosts: SETTINGS.addHost,
  push: SETTINGS.noPush,
  load: SETTINGS.load,
  pull: SETTINGS.pull,
  noCache: SETTINGS.noCache,
  network: SETTINGS.network,
  builder: SETTINGS.builder,
  registryAuth: SETTINGS.registry,
  "registryAuth.0.username": SETTINGS.username,
  "registryAuth.0.password": SETTINGS.password,
  "cache.backend": SETTINGS.backend,
  "cache.ref": SETTINGS.remoteCacheImage,
  "cache.write": SETTINGS.write,
  "cache.mode": SETTINGS.mode,
  "cache.strict": SETTINGS.strict,
  "cache.timeout": SETTINGS.timeout,
  "cache.extraFrom": SETTINGS.cacheFrom,
  "cache.extraTo": SETTINGS.cacheTo,
  "cache.extraCredentials": SETTINGS.cacheFrom,
  "cache.harness": SETTINGS.s3Bucket,
  "cache.harness.endpointUrl": SETTINGS.s3Endpoint,
  "cache.harness.region": SETTINGS.s3Region,
  "cache.harness.prefix": SETTINGS.s3Prefix,
  "cache.harness.usePathStyle": SETTINGS.s3PathStyle,
  "cache.harness.accessKeyId": SETTINGS.s3AccessKey,
  "cache.harness.secretAccessKey": SETTINGS.s3SecretKey,
  "cache.harness.sessionToken": SETTINGS.s3SessionToken,
  "cache.keys.branch": "DRONE_BRANCH",
  "cache.keys.defaultBranch": "DRONE_REPO_BRANCH",
  "cache.keys.prSourceBranch": "DRONE_SOURCE_BRANCH",
  "cache.keys.prTargetBranch": "DRONE_TARGET_BRANCH",
  "cache.keys.prId": "DRONE_PULL_REQUEST",
  "cache.keys.tag": "DRONE_TAG",
  "cache.keys.sha": "DRONE_COMMIT_SHA"
};

// src/keys.ts
init_esm_shims();
function keysFromDroneEnv(env) {
  const r = env instanceof EnvReader ? env : new EnvReader(env);
  const keys = droneKeys(r);
  if (!(env instanceof EnvReader)) r.throwIfAny();
  return keys;
}
function droneKeys(r) {
  const event = r.get("DRONE_BUILD_EVENT")?.toLowerCase();
  const prId = r.get("DRONE_PULL_REQUEST");
  const tag = r.get("DRONE_TAG");
  const keys = {};
  const defaultBranch = r.first(SETTINGS.defaultBranch, "DRONE_REPO_BRANCH")?.value;
  if (defaultBranch !== void 0) keys.defaultBranch = defaultBranch;
  const sha = commitSha(r);
  if (sha !== void 0) keys.sha = sha;
  if (prId !== void 0 || event === "pull_request") {
    const source = r.get("DRONE_SOURCE_BRANCH");
    const target = r.first("DRONE_TARGET_BRANCH", "DRONE_BRANCH", "DRONE_COMMIT_BRANCH")?.value;
    if (source !== void 0) keys.branch = keys.prSourceBranch = source;
    if (target !== void 0) keys.prTargetBranch = target;
    if (prId !== void 0) keys.prId = prId;
    return keys;
  }
  if (tag !== void 0 && (event === "tag" || event === void 0)) {
    keys.tag = tag;
    return keys;
  }
  const branch = r.first("DRONE_BRANCH", "DRONE_COMMIT_BRANCH", "DRONE_SOURCE_BRANCH")?.value;
  if (branch !== void 0) keys.branch = branch;
  return keys;
}
function commitSha(r) {
  const sha = r.first("DRONE_COMMIT_SHA", "DRONE_COMMIT")?.value;
  if (sha === void 0) return void 0;
  if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
    r.fail("DRONE_COMMIT_SHA", "is not a commit SHA (7 to 64 hex digits)", "leave it to Harness, or unset it in the step environment");
    return void 0;
  }
  return sha;
}

// src/managed-cache.ts
init_esm_shims();
function isManaged(r) {
  const backend = r.get(SETTINGS.backend)?.toLowerCase();
  return backend === "harness" || r.get(SETTINGS.s3Bucket) !== void 0 && (backend === void 0 || backend === "auto");
}
function managedCacheFromEnv(r) {
  const bucket = r.get(SETTINGS.s3Bucket);
  if (bucket === void 0) r.fail(SETTINGS.s3Bucket, "is required for the managed cache", "set cache_s3_bucket to the bucket Harness gives your account");
  const accessKey = credential(r, "access key id", SETTINGS.s3AccessKey, SETTINGS.selfHostedAccessKey);
  const secretKey = credential(r, "secret access key", SETTINGS.s3SecretKey, SETTINGS.selfHostedSecretKey);
  const sessionToken = r.get(SETTINGS.s3SessionToken);
  if (sessionToken !== void 0 && isPlaceholder(sessionToken)) {
    r.fail(SETTINGS.s3SessionToken, "looks like a placeholder, not a session token", 'reference the secret, e.g. <+secrets.getValue("dlc_session_token")>, or remove the setting');
  }
  const endpoint = r.get(SETTINGS.s3Endpoint);
  if (endpoint !== void 0 && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    r.fail(SETTINGS.s3Endpoint, "must be an http(s) URL", "e.g. https://storage.googleapis.com or http://minio.internal:9000");
  }
  const pathStyle = r.first(SETTINGS.s3PathStyle, SETTINGS.pathStyleAlias);
  return {
    endpointUrl: endpoint,
    bucket,
    region: r.get(SETTINGS.s3Region) ?? "us-east-1",
    prefix: r.get(SETTINGS.s3Prefix) ?? defaultPrefix(r),
    usePathStyle: pathStyle ? r.bool(pathStyle.name) : void 0,
    accessKeyId: accessKey,
    secretAccessKey: secretKey,
    ...sessionToken !== void 0 ? { sessionToken } : {}
  };
}
function defaultPrefix(r) {
  const parts = [r.get("HARNESS_ACCOUNT_ID"), r.get(SETTINGS.repo)].filter((p) => p !== void 0);
  return parts.length > 0 ? `${parts.join("/")}/` : "";
}
function credential(r, what, name, alias) {
  const found2 = r.first(name, alias);
  if (found2 === void 0) {
    r.fail(name, `the managed cache's ${what} is missing`, `set ${settingKey(name)} from a Harness secret, e.g. <+secrets.getValue("dlc_${what.includes("secret") ? "secret" : "access"}_key")>`);
    return void 0;
  }
  if (isPlaceholder(found2.value)) {
    r.fail(found2.name, `the managed cache's ${what} looks like a placeholder or an unresolved expression`, `put the real key in a Harness secret and reference it from ${settingKey(found2.name)}`);
    return void 0;
  }
  return found2.value;
}
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set(["null", "undefined", "none", "changeme", "change-me", "change_me", "placeholder", "todo", "tbd", "replace-me", "replace_me", "replaceme", "secret", "password", "dummy", "example", "your-access-key", "your-secret-key", "access-key", "secret-key", "access_key", "secret_key"]);
function isPlaceholder(value) {
  const v = value.trim();
  if (v.length === 0) return true;
  if (/^<\+.*>$/.test(v) || /^<[^<>]*>$/.test(v)) return true;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /^\{\{.*\}\}$/.test(v)) return true;
  if (/^([x*.?-])\1*$/i.test(v)) return true;
  return PLACEHOLDER_WORDS.has(v.toLowerCase());
}
function settingKey(name) {
  return name.replace(/^PLUGIN_/, "").toLowerCase();
}

// src/plugin-settings.ts
init_esm_shims();
var OWN_DAEMON = "the step uses the Docker engine it is given and starts no daemon of its own";
var NEW_BUILDER = "layercache uses an existing builder and creates none: create it in an earlier step and name it with builder_name";
var CREDENTIAL_IN_ARGV = "these keys would have to go into buildx's argv: use an s3 cache or the managed cache (cache_s3_*), whose keys travel in the environment";
var isTrue = (v) => /^(true|1|yes|on)$/i.test(v);
var isFalse = (v) => /^(false|0|no|off)$/i.test(v);
var PLUGIN_SETTINGS = {
  PLUGIN_SQUASH: { verdict: "refused", why: "buildx has no --squash; use a multi-stage Dockerfile that copies into a fresh stage" },
  PLUGIN_SSH_AGENT_KEY: { verdict: "refused", why: "SSH agent forwarding is not supported; pass the key as a build secret with secrets_from_file" },
  PLUGIN_CONFIG: { verdict: "refused", why: "a raw docker config is not merged into the step's private one; use username/password (and base_image_*)" },
  PLUGIN_BUILDX_OPTIONS: { verdict: "refused", why: "raw buildx flags are not passed through (they could carry secrets or undo the cache flags); use the named settings" },
  PLUGIN_BUILDX_OPTIONS_SEMICOLON: { verdict: "refused", why: "raw buildx flags are not passed through (they could carry secrets or undo the cache flags); use the named settings" },
  PLUGIN_BAKE_OPTIONS: { verdict: "refused", why: "raw bake flags are not passed through; name the services with compose_services" },
  PLUGIN_PUSH_ONLY: { verdict: "refused", why: "layercache builds; to push an existing image use a plain docker push step" },
  PLUGIN_SOURCE_IMAGE: { verdict: "refused", why: "layercache builds; to push an existing image use a plain docker push step" },
  PLUGIN_SOURCE_TAR_PATH: { verdict: "refused", why: "layercache builds; to push an image tarball use a plain docker load and push step" },
  PLUGIN_TAR_PATH: { verdict: "refused", why: "the image is not saved as a tarball; use buildx_load and docker save in a later step" },
  PLUGIN_DESTINATION_TAR_PATH: { verdict: "refused", why: "the image is not saved as a tarball; use buildx_load and docker save in a later step" },
  PLUGIN_BUILDX_OUTPUT_FORMAT: { verdict: "refused", why: "the image is not saved as a tarball; use buildx_load and docker save in a later step" },
  PLUGIN_ENV_FILE: { verdict: "refused", why: "an env file is not loaded; give the values as settings or step environment variables" },
  PLUGIN_BUILDER_DRIVER: { verdict: "refused", why: NEW_BUILDER },
  PLUGIN_BUILDER_DRIVER_OPTS: { verdict: "refused", why: NEW_BUILDER },
  PLUGIN_BUILDER_DRIVER_OPTS_NEW: { verdict: "refused", why: NEW_BUILDER },
  PLUGIN_BUILDER_CONFIG: { verdict: "refused", why: NEW_BUILDER },
  PLUGIN_BUILDER_REMOTE_CONN: { verdict: "refused", why: NEW_BUILDER },
  PLUGIN_BUILDKIT_VERSION: { verdict: "refused", why: NEW_BUILDER },
  PLUGIN_MIRROR: { verdict: "refused", why: `${OWN_DAEMON}: set registry-mirrors on that daemon (daemon.json, or the DinD service's --registry-mirror)` },
  PLUGIN_INSECURE: { verdict: "refused", why: `${OWN_DAEMON}: set insecure-registries on that daemon (daemon.json, or the DinD service's --insecure-registry)` },
  PLUGIN_CUSTOM_DNS: { verdict: "refused", why: `${OWN_DAEMON}: set dns on that daemon, or use add_host for single names` },
  PLUGIN_CUSTOM_DNS_SEARCH: { verdict: "refused", why: `${OWN_DAEMON}: set dns-search on that daemon` },
  PLUGIN_HARNESS_SELF_HOSTED_GCP_JSON_KEY: { verdict: "refused", why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_ACCOUNT_KEY: { verdict: "refused", why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_TENANT_ID: { verdict: "refused", why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_CLIENT_ID: { verdict: "refused", why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_CLIENT_SECRET: { verdict: "refused", why: CREDENTIAL_IN_ARGV },
  PLUGIN_HARNESS_SELF_HOSTED_AZURE_OIDC_TOKEN: { verdict: "refused", why: CREDENTIAL_IN_ARGV },
  PLUGIN_DAEMON_OFF: { verdict: "warned", why: `${OWN_DAEMON}, as with daemon_off: true`, when: isFalse },
  PLUGIN_STORAGE_DRIVER: { verdict: "warned", why: OWN_DAEMON },
  PLUGIN_STORAGE_PATH: { verdict: "warned", why: OWN_DAEMON },
  PLUGIN_BIP: { verdict: "warned", why: OWN_DAEMON },
  PLUGIN_MTU: { verdict: "warned", why: OWN_DAEMON },
  PLUGIN_IPV6: { verdict: "warned", why: OWN_DAEMON },
  PLUGIN_DEBUG: { verdict: "warned", why: OWN_DAEMON },
  PLUGIN_DAEMON_RETRY_COUNT: { verdict: "warned", why: OWN_DAEMON },
  PLUGIN_USE_LOADED_BUILDKIT: { verdict: "warned", why: "no builder is created, so no BuildKit image is loaded" },
  PLUGIN_BUILDKIT_ASSETS_DIR: { verdict: "warned", why: "no builder is created, so no BuildKit image is loaded" },
  PLUGIN_BUILDKIT_TLS_HANDSHAKE_TIMEOUT: { verdict: "warned", why: "no builder is created, so its timeouts do not apply" },
  PLUGIN_BUILDKIT_RESPONSE_HEADER_TIMEOUT: { verdict: "warned", why: "no builder is created, so its timeouts do not apply" },
  PLUGIN_BUILDKIT_INHERIT_AUTH: { verdict: "warned", why: "buildx always uses the step's private docker config, which holds the logins" },
  PLUGIN_QUIET: { verdict: "warned", why: "layercache reads buildx's progress itself and prints a per-step summary" },
  PLUGIN_COMPRESS: { verdict: "warned", why: "BuildKit streams only the files a build uses; there is no context upload to compress" },
  PLUGIN_EMAIL: { verdict: "warned", why: "registries no longer use a login e-mail" },
  PLUGIN_PURGE: { verdict: "warned", why: "layercache removes no images after the build (the cache does not live in the engine)", when: isTrue }
};
function checkPluginSettings(env, known = knownSettings()) {
  const out = { refused: [], warnings: [] };
  const r = new EnvReader(env);
  for (const name of Object.keys(env).filter((n) => n.startsWith("PLUGIN_")).sort()) {
    const value = r.get(name);
    if (value === void 0) continue;
    const rule = PLUGIN_SETTINGS[name];
    if (rule !== void 0) {
      if (rule.when !== void 0 && !rule.when(value)) continue;
      if (rule.verdict === "refused") out.refused.push({ path: name, message: "is a buildx plugin setting layercache cannot honour", hint: rule.why });
      else out.warnings.push(`${name} has no effect: ${rule.why}`);
    } else if (!known.has(name)) {
      out.warnings.push(`${name} is not a setting of layercache or of the buildx plugin: it has no effect (a typo?)`);
    }
  }
  return out;
}
function knownSettings() {
  return /* @__PURE__ */ new Set([...Object.values(SETTINGS), ...Object.keys(PLUGIN_SETTINGS)]);
}

// src/env.ts
var DOCKER_HUB = "https://index.docker.io/v1/";
var HUB_HOSTS = ["docker.io", "index.docker.io", "registry-1.docker.io"];
function fromHarnessEnv(env, now = /* @__PURE__ */ new Date()) {
  const r = new EnvReader(env);
  r.issues.push(...checkPluginSettings(env).refused);
  const backend = r.oneOf(SETTINGS.backend, BACKENDS) ?? defaultBackend(r);
  const managed = isManaged(r);
  const tags = imageTags(r);
  const entries = cacheEntries(r, r.list(SETTINGS.cacheFrom, ";"), managed ? [] : r.list(SETTINGS.cacheTo, ";"));
  const noPush = r.bool(SETTINGS.noPush) ?? r.bool(SETTINGS.dryRun) ?? false;
  const options = {
    context: r.get(SETTINGS.context) ?? ".",
    ...opt("dockerfile", r.get(SETTINGS.dockerfile)),
    ...opt("target", r.get(SETTINGS.target)),
    tags,
    platforms: r.list(SETTINGS.platform, ","),
    buildArgs: buildArgs2(r),
    secrets: secrets(r),
    addHosts: r.list(SETTINGS.addHost, ","),
    labels: labels(r, now),
    push: tags.length > 0 && !noPush,
    load: r.bool(SETTINGS.load) ?? false,
    // drone-buildx pulls by default; layercache only when asked, so a cached base needs no registry round trip.
    pull: r.bool(SETTINGS.pull) ?? false,
    noCache: r.bool(SETTINGS.noCache) ?? false,
    ...opt("network", r.oneOf(SETTINGS.network, ["default", "none", "host"])),
    ...opt("builder", r.get(SETTINGS.builder)),
    registryAuth: registryAuth(r),
    cache: {
      backend,
      ...opt("ref", r.get(SETTINGS.remoteCacheImage)),
      ...opt("write", r.oneOf(SETTINGS.write, ["auto", "always", "never"])),
      ...opt("mode", r.oneOf(SETTINGS.mode, ["min", "max"])),
      ...opt("strict", r.bool(SETTINGS.strict)),
      ...opt("timeout", r.get(SETTINGS.timeout)),
      keys: keysFromDroneEnv(r),
      extraFrom: entries.cacheFrom,
      extraTo: entries.cacheTo,
      ...entries.credentials ? { extraCredentials: entries.credentials } : {},
      ...managed ? { harness: managedCacheFromEnv(r) } : {}
    }
  };
  r.throwIfAny();
  renamedSync(HARNESS_NAMES, () => parseOptions(options));
  return options;
}
function ignoredSettings(env) {
  const r = new EnvReader(env);
  const notes = [...checkPluginSettings(env).warnings, ...buildArgsFromEnvMissing(r)];
  if (r.bool(SETTINGS.autoLabel) === false && r.get(SETTINGS.labelSchema) !== void 0) notes.push(`${SETTINGS.labelSchema} has no effect with ${SETTINGS.autoLabel} false, as with the buildx plugin`);
  if (r.bool(SETTINGS.multipleBuildArgs) === true && r.get(SETTINGS.buildArgs) !== void 0) notes.push(`${SETTINGS.buildArgs} has no effect with ${SETTINGS.multipleBuildArgs} true, as with the buildx plugin: use ${SETTINGS.buildArgsNew}`);
  if (autoTagOn(r) && r.first(SETTINGS.tags, SETTINGS.tag) !== void 0) notes.push(`${SETTINGS.tags} is replaced by auto_tag's tags, as with the buildx plugin`);
  if (isManaged(r) && r.get(SETTINGS.cacheTo) !== void 0) notes.push(`${SETTINGS.cacheTo} is replaced by the managed cache's own cache-to`);
  if (r.get(SETTINGS.repo) === void 0 && r.first(SETTINGS.tags, SETTINGS.tag) !== void 0) notes.push(`${SETTINGS.tags} needs ${SETTINGS.repo}: no image is tagged or pushed`);
  return notes;
}
function settingNotes(env) {
  const r = new EnvReader(env);
  const { moved } = cacheEntries(r, r.list(SETTINGS.cacheFrom, ";"), isManaged(r) ? [] : r.list(SETTINGS.cacheTo, ";"));
  if (moved.length === 0) return [];
  return [`layercache: the S3 keys written inline in ${moved.join(", ")} were taken out of the entries; buildx gets them as AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY in its environment, not in argv`];
}
function defaultBackend(r) {
  if (r.get(SETTINGS.s3Bucket) !== void 0) return "harness";
  if (r.get(SETTINGS.remoteCacheImage) !== void 0) return "registry";
  return "auto";
}
function imageTags(r) {
  const repo = r.get(SETTINGS.repo);
  if (repo === void 0) return [];
  const given = autoTagOn(r) ? autoTags(r) : r.list(r.first(SETTINGS.tags, SETTINGS.tag)?.name ?? SETTINGS.tags, ",");
  return (given.length > 0 ? given : ["latest"]).map((tag) => tag.includes("/") ? tag : `${repo}:${tag}`);
}
function registryAuth(r) {
  const push = login(r, SETTINGS.username, SETTINGS.password, registryHost(r.env));
  const baseRegistry = r.first(SETTINGS.dockerRegistry, SETTINGS.baseImageRegistry);
  const baseUser = r.first(SETTINGS.dockerUsername, SETTINGS.baseImageUsername)?.name ?? SETTINGS.baseImageUsername;
  const basePass = r.first(SETTINGS.dockerPassword, SETTINGS.baseImagePassword)?.name ?? SETTINGS.baseImagePassword;
  if (baseRegistry === void 0) {
    if (r.get(baseUser) !== void 0 || r.get(basePass) !== void 0) {
      r.fail(SETTINGS.baseImageRegistry, `is required when ${baseUser} or ${basePass} is set`, "name the registry the base images come from, e.g. registry.example.com");
    }
    return push;
  }
  const host = hostOf(baseRegistry.value);
  return [...push, ...login(r, baseUser, basePass, HUB_HOSTS.includes(host) ? DOCKER_HUB : host)];
}
function login(r, userName, passName, registry) {
  const username = r.get(userName);
  const password = r.secret(passName);
  if (username === void 0 && password === void 0) return [];
  if (username === void 0) r.fail(userName, `is required when ${passName} is set`, "set username next to password");
  else if (password === void 0) r.fail(passName, `is required when ${userName} is set`, 'set password from a Harness secret, e.g. <+secrets.getValue("registry_token")>');
  else return [{ registry, username, password }];
  return [];
}
function hostOf(registry) {
  return registry.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
}
function registryHost(env) {
  const r = new EnvReader(env);
  const explicit = r.get(SETTINGS.registry);
  const host = explicit !== void 0 ? hostOf(explicit) : repoHost(r.get(SETTINGS.repo));
  if (host === void 0 || HUB_HOSTS.includes(host)) return DOCKER_HUB;
  return host;
}
function repoHost(repo) {
  const first = repo?.split("/")[0];
  if (first === void 0 || repo === first) return void 0;
  return /[.:]/.test(first) || first === "localhost" ? first : void 0;
}
function opt(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/bake-env.ts
var PER_SERVICE = [
  SETTINGS.repo,
  SETTINGS.tags,
  SETTINGS.tag,
  SETTINGS.dockerfile,
  SETTINGS.context,
  SETTINGS.target,
  SETTINGS.buildArgs,
  SETTINGS.buildArgsNew,
  SETTINGS.buildArgsFromEnv,
  SETTINGS.labels,
  SETTINGS.labelSchema,
  SETTINGS.platform,
  SETTINGS.network,
  SETTINGS.secret,
  SETTINGS.secretsFromEnv,
  SETTINGS.secretsFromFile,
  SETTINGS.addHost,
  SETTINGS.autoTag,
  SETTINGS.defaultTags,
  SETTINGS.metadataFile,
  SETTINGS.artifactFile,
  SETTINGS.cacheMetricsFile
];
function isBake(env) {
  return new EnvReader(env).first(SETTINGS.composeFile, SETTINGS.bakeFile) !== void 0;
}
function fromHarnessBakeEnv(env) {
  const r = new EnvReader(env);
  if (r.get(SETTINGS.composeFile) !== void 0 && r.get(SETTINGS.bakeFile) !== void 0) {
    throw new ConfigError([{ path: SETTINGS.bakeFile, message: `is set together with ${SETTINGS.composeFile}`, hint: "set one of compose_file and bake_file (both take several files, comma-separated)" }]);
  }
  const file = r.first(SETTINGS.composeFile, SETTINGS.bakeFile);
  const { load, pull, noCache, builder, registryAuth: registryAuth2, cache } = fromHarnessEnv(env);
  const push = !(r.bool(SETTINGS.noPush) ?? r.bool(SETTINGS.dryRun) ?? false);
  const names = (value) => (value ?? "").split(/[,;\s]+/).filter(Boolean);
  return definedOnly({ push, load, pull, noCache, builder, registryAuth: registryAuth2, cache, files: names(file.value), targets: names(r.get(SETTINGS.composeServices)) });
}
function ignoredInBake(env) {
  const r = new EnvReader(env);
  const switchName = r.first(SETTINGS.composeFile, SETTINGS.bakeFile)?.name ?? SETTINGS.composeFile;
  return PER_SERVICE.filter((name) => r.get(name) !== void 0).map((name) => ignoredInBakeWarning(name, switchName));
}

// src/bake-outputs.ts
init_esm_shims();
function serviceDigestOutput(service) {
  const name = service.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+/, "");
  return `${/^[A-Z]/.test(name) ? "" : "S_"}${name}_IMAGE_DIGEST`;
}
function bakeOutputVariables(result) {
  const r = result.report;
  const backends2 = [...new Set(r.services.map((s) => s.report.backend))];
  return {
    SERVICES: r.services.map((s) => s.service).join(","),
    FAILED_SERVICES: r.failed.join(","),
    CACHED_STEPS: String(r.cachedSteps),
    TOTAL_STEPS: String(r.totalSteps),
    HIT_RATIO: String(r.hitRatio),
    CACHE_BACKEND: backends2.join(","),
    BUILD_SECONDS: String(result.durationMs / 1e3),
    ...Object.fromEntries(r.services.map((s) => [serviceDigestOutput(s.service), s.imageDigest ?? ""]))
  };
}

// src/outputs.ts
init_esm_shims();
import { appendFile as appendFile2 } from "fs/promises";
function outputVariables(result) {
  const m = reportMetrics(result);
  return {
    IMAGE_DIGEST: m.image_digest,
    CACHED_STEPS: String(m.cached_steps),
    TOTAL_STEPS: String(m.total_steps),
    HIT_RATIO: String(m.hit_ratio),
    CACHE_BACKEND: m.backend,
    BUILD_SECONDS: String(m.build_seconds),
    CACHE_BYTES_IMPORTED: String(m.cache_bytes_imported),
    CACHE_BYTES_EXPORTED: String(m.cache_bytes_exported),
    EXPORT_SECONDS: String(m.export_seconds),
    CACHE_BYTES_AT_REST: String(m.cache_bytes_at_rest),
    COST_HINT: m.cost_hint
  };
}
function outputLines(vars) {
  return Object.entries(vars).filter(([k, v]) => /^[A-Z][A-Z0-9_]*$/.test(k) && !/[\r\n]/.test(v)).map(([k, v]) => `${k}=${v}
`).join("");
}

// src/step-files.ts
init_esm_shims();
import { mkdir as mkdir11, writeFile as writeFile11 } from "fs/promises";
import path40 from "path";
function artifactFile(env, result) {
  const r = new EnvReader(env);
  return {
    kind: "docker/v1",
    data: {
      registryType: r.get(SETTINGS.registryType) ?? "Docker",
      registryUrl: r.first("ARTIFACT_REGISTRY", SETTINGS.registry)?.value ?? "",
      images: result.tags.map((image) => ({ image, digest: result.imageDigest ?? "" }))
    }
  };
}
function cacheMetrics(result) {
  const layers = Object.fromEntries(result.report.steps.map((step, i) => [i + 1, { status: step.cached ? "CACHED" : "DONE", time: step.cached ? 0 : (step.durationMs ?? 0) / 1e3 }]));
  const cached = result.report.steps.filter((s) => s.cached).length;
  return { total_layers: result.report.steps.length, done: result.report.steps.length - cached, cached, error: 0, canceled: 0, layers };
}
async function writeStepFiles(env, result) {
  const r = new EnvReader(env);
  const files = [
    [SETTINGS.metadataFile, r.get(SETTINGS.metadataFile), () => result.metadata],
    [SETTINGS.artifactFile, r.get(SETTINGS.artifactFile), () => artifactFile(env, result)],
    [SETTINGS.cacheMetricsFile, r.get(SETTINGS.cacheMetricsFile), () => cacheMetrics(result)]
  ];
  const lines = [];
  for (const [setting, file, content] of files) {
    if (file === void 0) continue;
    await mkdir11(path40.dirname(file), { recursive: true });
    await writeFile11(file, `${JSON.stringify(content(), null, 2)}
`);
    lines.push(`layercache: wrote ${setting} ${file}`);
  }
  return lines;
}

// src/main.ts
var stdLogger = {
  info: (l) => console.log(l),
  warn: (l) => console.error(`warning: ${l}`),
  error: (l) => console.error(`error: ${l}`)
};
function main(env, deps = {}) {
  const log = deps.logger ?? stdLogger;
  const stepLog = { info: (l) => log.info(l), warn: (l) => log.warn(l), error: (l) => log.error(l) };
  const summary = (text2) => text2.split("\n").forEach(stepLog.info);
  return runAdapter(harnessAdapter, { env, cwd: deps.cwd ?? process.cwd(), log: { ...stepLog, summary } }, deps);
}
var harnessAdapter = {
  names: HARNESS_NAMES,
  skip: (env) => isBake(env) ? void 0 : autoTagSkip(new EnvReader(env)),
  buildOptions: (env) => withDroneFacts(env, fromHarnessEnv),
  outputPaths: (env) => [{ setting: "DRONE_OUTPUT", path: env.DRONE_OUTPUT }],
  warnings: ignoredSettings,
  notes: settingNotes,
  writeBuildOutputs: async (result, { env, log }) => {
    await publish(env, outputVariables(result), log);
    for (const line of await writeStepFiles(env, result)) log.info(line);
  },
  bake: {
    wanted: isBake,
    options: (env) => withDroneFacts(env, fromHarnessBakeEnv),
    warnings: (env) => [...ignoredInBake(env), ...checkPluginSettings(env).warnings],
    writeOutputs: (result, { env, log }) => publish(env, bakeOutputVariables(result), log)
  }
};
function withDroneFacts(env, map) {
  const facts = Object.keys(env).some((k) => k.startsWith("DRONE_") && env[k]?.trim());
  const issues = facts ? [] : [{ path: "DRONE_BRANCH", message: "is not set, and no other DRONE_* variable is: the branch, and so the cache to read and write, is unknown", hint: "run layercache-harness as a Harness CI Plugin step, or set DRONE_BRANCH (and DRONE_REPO_BRANCH, the default branch) for a run elsewhere" }];
  let options;
  try {
    options = map(env);
  } catch (error) {
    throw error instanceof ConfigError && issues.length > 0 ? new ConfigError([...issues, ...error.issues]) : error;
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return options;
}
async function publish(env, vars, log) {
  const file = env.DRONE_OUTPUT;
  if (file && await writeTextFile("DRONE_OUTPUT", file, outputLines(vars), (l) => log.warn(l), true)) {
    log.info(`layercache: wrote ${Object.keys(vars).join(", ")} to $DRONE_OUTPUT`);
  }
}

// src/image-entry.ts
process.exitCode = await main(process.env);
/*! Bundled license information:

aws4fetch/dist/aws4fetch.esm.mjs:
  (**
   * @license MIT <https://opensource.org/licenses/MIT>
   * @copyright Michael Hart 2024
   *)
*/
