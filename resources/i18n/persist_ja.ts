<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="148" />
        <source>Import your own data</source>
        <translation>自分のデータを取り込む</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="150" />
        <source>A CSV file: one sample per row, numbers in every column and a class column (named label, class, target or y, else the last one). Two number columns are points, shown on the playground's 2-D map. An image folder: one sub-folder per class, e.g. cats/ and dogs/; the images are read as 28×28 grayscale.</source>
        <translation>CSVファイル：1行に1サンプル。各列は数値で、クラスを表す列を1つ含めます（列名が label・class・target・y のいずれかならその列、なければ最後の列）。数値の列が2つなら2次元の点として扱い、プレイグラウンドの2次元マップに表示します。画像フォルダ：クラスごとにサブフォルダを1つ作ります（例：cats/ と dogs/）。画像は28×28のグレースケールとして読み込みます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="154" />
        <source>CSV file…</source>
        <translation>CSVファイル…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="155" />
        <source>Image folder…</source>
        <translation>画像フォルダ…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="156" />
        <source>Cancel import</source>
        <translation>取り込みを中止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="157" />
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="157" />
        <source>Samples</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="158" />
        <source>Kept for testing:</source>
        <translation>テスト用に取り分ける割合:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="159" />
        <source>Scale every input column to mean 0, spread 1</source>
        <translation>入力の各列を平均0・ばらつき1にそろえる</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="161" />
        <source>Inputs measured in large units (prices, metres) learn much better when scaled</source>
        <translation>値段やメートルのように大きな単位の入力は、そろえた方がずっとよく学習できます</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="162" />
        <source>Use this data</source>
        <translation>このデータを使う</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="166" />
        <source>CSV file to import</source>
        <translation>取り込むCSVファイル</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="167" />
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="172" />
        <source>Folder with one sub-folder per class</source>
        <translation>クラスごとのサブフォルダを含むフォルダ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="181" />
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="212" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>取り込みを中止しました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="215" />
        <location filename="../../ui/widgets/import_dialog.py" line="218" />
        <source>This data cannot be used:
%1</source>
        <translation>このデータは使えません:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="223" />
        <source>Shown below: %1</source>
        <translation>下に表示：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="241" />
        <source>Nothing imported yet.</source>
        <translation>まだ何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="247" />
        <source>2-D points (the playground draws them with its decision map)</source>
        <translation>2次元の点（プレイグラウンドで決定領域のマップと一緒に描かれます）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="248" />
        <source>feature vectors of %1 numbers</source>
        <translation>%1個の数値からなる特徴ベクトル</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="249" />
        <source>28×28 grayscale images</source>
        <translation>28×28のグレースケール画像</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="250" />
        <source>%1: %2 samples in %3 classes; %4; values from %5 to %6.</source>
        <translation>%1：%3クラス、%2サンプル。%4。値の範囲は%5〜%6です。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="254" />
        <source>%1 files that are not images were left out, e.g. %2.</source>
        <translation>画像ではないファイル%1個は除きました（例：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_dialog.py" line="267" />
        <source>about %1 for training, %2 for testing (the same share of every class)</source>
        <translation>訓練用に約%1個、テスト用に%2個（どのクラスからも同じ割合で取り分けます）</translation>
    </message>
</context>
<context>
    <name>PlaygroundSavedRuns</name>
    <message>
        <location filename="../../ui/widgets/playground_saved.py" line="40" />
        <source>Saved runs</source>
        <translation>保存した実行</translation>
    </message>
</context>
<context>
    <name>SavedRuns</name>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="32" />
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="33" />
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="34" />
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="35" />
        <source>learned slowly</source>
        <translation>学習が遅い</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="36" />
        <source>did not learn</source>
        <translation>学習できず</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="225" />
        <source>The learning rate was too high: each step jumped past the minimum.</source>
        <translation>学習率が高すぎました。1歩ごとに最小値を飛び越えていました。</translation>
    </message>
</context>
<context>
    <name>SavedRunsButton</name>
    <message>
        <location filename="../../ui/lessons/lesson_saved_runs.py" line="59" />
        <source>Saved runs</source>
        <translation>保存した実行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_saved_runs.py" line="62" />
        <source>Every run of this lesson is kept, also after the app closes: rename, delete or export them as CSV</source>
        <translation>このレッスンの実行はアプリを閉じてもすべて残ります。名前の変更、削除、CSVへの書き出しができます</translation>
    </message>
</context>
<context>
    <name>SavedRunsPanel</name>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="157" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="158" />
        <source>Data set</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="157" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="157" />
        <source>Test acc.</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="158" />
        <source>Iterations</source>
        <translation>反復回数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="158" />
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="159" />
        <source>Show in plots</source>
        <translation>グラフに表示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="159" />
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="160" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="160" />
        <source>Export CSV…</source>
        <translation>CSVに書き出す…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="161" />
        <source>Forget all runs…</source>
        <translation>すべての実行を消去…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="164" />
        <source>Draw the chosen runs again beside the current one</source>
        <translation>選んだ実行を、いまの実行と並べてもう一度描きます</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="165" />
        <source>Delete every saved run of this page for good</source>
        <translation>このページで保存した実行をすべて完全に削除します</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="188" />
        <source>Curves written to %1</source>
        <translation>曲線を%1に書き出しました</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="191" />
        <source>The saved runs cannot be used: %1</source>
        <translation>保存した実行を使えません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="192" />
        <source>That did not work: %1</source>
        <translation>うまくいきませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="235" />
        <source>Loading the saved runs…</source>
        <translation>保存した実行を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="238" />
        <source>No saved runs yet. Every run that finishes, is stopped or diverges is kept here.</source>
        <translation>保存した実行はまだありません。完了・停止・発散したすべての実行がここに残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="240" />
        <source>Saved runs: %1, kept between sessions. Choose runs and press Show in plots.</source>
        <translation>保存した実行：%1件（アプリを閉じても残ります）。実行を選んで「グラフに表示」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="242" />
        <source>Saved runs: %1, kept between sessions.</source>
        <translation>保存した実行：%1件（アプリを閉じても残ります）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="258" />
        <source>Rename run</source>
        <translation>実行の名前を変更</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="258" />
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="265" />
        <source>Export run as CSV</source>
        <translation>実行をCSVに書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="266" />
        <source>CSV file (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="272" />
        <source>Forget all runs</source>
        <translation>すべての実行を消去</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/saved_runs.py" line="273" />
        <source>Delete all %1 saved runs of this page for good? This cannot be undone.</source>
        <translation>このページで保存した%1件の実行をすべて完全に削除しますか？ 元には戻せません。</translation>
    </message>
</context>
</TS>