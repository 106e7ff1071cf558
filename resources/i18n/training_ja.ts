<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccuracyPlot</name>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="400"/>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="401"/>
        <source>solid: train · dashed: test</source>
        <translation>実線: 訓練 · 破線: テスト</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="107"/>
        <source>MNIST handwritten digits (28×28)</source>
        <translation>MNIST 手書き数字(28×28)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="109"/>
        <source>Fashion-MNIST clothes (28×28)</source>
        <translation>Fashion-MNIST 衣類(28×28)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="110"/>
        <source>2-D toy: circle</source>
        <translation>2次元トイ: 円</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="111"/>
        <source>2-D toy: XOR</source>
        <translation>2次元トイ: XOR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="111"/>
        <source>2-D toy: Gaussian blobs</source>
        <translation>2次元トイ: ガウス分布の塊</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="111"/>
        <source>2-D toy: spiral</source>
        <translation>2次元トイ: 渦巻き</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="112"/>
        <source>2-D toy: moons</source>
        <translation>2次元トイ: 三日月</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="115"/>
        <source>noise:</source>
        <translation>ノイズ:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="116"/>
        <source>How much the 2-D toy points are scattered</source>
        <translation>2次元トイデータの点のばらつきの大きさ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="117"/>
        <source>Load</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="118"/>
        <source>Load (or regenerate) the chosen data set</source>
        <translation>選んだデータセットを読み込む(または作り直す)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="120"/>
        <source>Use your own data: a CSV file or a folder of images</source>
        <translation>自分のデータを使います（CSVファイル、または画像のフォルダ）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="122"/>
        <source>Your data: %1</source>
        <translation>自分のデータ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="211"/>
        <location filename="../../ui/widgets/dataset_picker.py" line="219"/>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="271"/>
        <source>Data set</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="271"/>
        <source>The data set could not be loaded:

%1</source>
        <translation>データセットを読み込めませんでした:

%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="283"/>
        <source>Data set not on this computer</source>
        <translation>データセットがこのコンピュータにありません</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="284"/>
        <source>%1 is not on this computer yet.</source>
        <translation>%1 はまだこのコンピュータにありません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="286"/>
        <source>Download it (about 12-30 MB), import files you already have, or use the offline MNIST bundled with nnlab (the 10,000 test digits) instead.</source>
        <translation>ダウンロードする(約 12〜30 MB)、手元のファイルを取り込む、または nnlab に同梱の MNIST オフライン版(テスト用の 1 万枚)を代わりに使う、のどれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="291"/>
        <location filename="../../ui/widgets/dataset_picker.py" line="307"/>
        <source>Use offline MNIST</source>
        <translation>MNIST オフライン版を使う</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="301"/>
        <source>Download failed</source>
        <translation>ダウンロードできませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="303"/>
        <source>%1 could not be downloaded, so nothing was changed: choose Import… if you have the files, or keep working with the offline MNIST bundled with nnlab.</source>
        <translation>%1 をダウンロードできなかったので何も変更していません。ファイルをお持ちなら「取り込み…」を、なければ nnlab に同梱の MNIST オフライン版をそのまま使ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="325"/>
        <source>%1 is not on this computer; using the offline MNIST bundled with nnlab.</source>
        <translation>%1 はこのコンピュータにないため、nnlab に同梱の MNIST オフライン版を使います。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="289"/>
        <location filename="../../ui/widgets/dataset_picker.py" line="333"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="108"/>
        <source>MNIST offline (the 10,000 test digits)</source>
        <translation>MNIST オフライン版(テスト用の 1 万枚)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="110"/>
        <source>8×8 digits (small)</source>
        <translation>8×8 の手書き数字(小)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="119"/>
        <location filename="../../ui/widgets/dataset_picker.py" line="290"/>
        <location filename="../../ui/widgets/dataset_picker.py" line="306"/>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="333"/>
        <location filename="../../ui/widgets/dataset_picker.py" line="345"/>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロード中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="350"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="368"/>
        <source>Folder with the MNIST / Fashion-MNIST IDX files</source>
        <translation>MNIST / Fashion-MNIST の IDX ファイルがあるフォルダ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="376"/>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="377"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="379"/>
        <source>The folder held only the 10,000 test images: nnlab split them into 8,000 to train and 2,000 to test, the same way every time.</source>
        <translation>フォルダにはテスト用の 1 万枚だけがありました。nnlab はこれを訓練用 8,000 枚とテスト用 2,000 枚に、毎回同じ分け方で分けます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="401"/>
        <source>No data set loaded.</source>
        <translation>データセットが読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="404"/>
        <source>%1: %2 training / %3 test samples, %4 inputs, %5 classes</source>
        <translation>%1: 訓練 %2 / テスト %3 サンプル、入力 %4、クラス %5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="427"/>
        <source>Importing: step %1 of %2</source>
        <translation>取り込み中: %2 段階のうち %1 段階目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dataset_picker.py" line="430"/>
        <source>Downloaded %1 kB</source>
        <translation>%1 kB ダウンロード済み</translation>
    </message>
</context>
<context>
    <name>HyperparamsEditor</name>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="139"/>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="140"/>
        <source>identity (none)</source>
        <translation>恒等関数(なし)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="144"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="145"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="146"/>
        <source>Input / output:</source>
        <translation>入力 / 出力:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="146"/>
        <source>Hidden layers:</source>
        <translation>隠れ層:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="146"/>
        <source>Activation:</source>
        <translation>活性化関数:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="147"/>
        <source>Initial weights:</source>
        <translation>重みの初期値:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="147"/>
        <source>Batch normalization:</source>
        <translation>Batch Normalization:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="147"/>
        <source>Dropout ratio:</source>
        <translation>Dropout の割合:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="148"/>
        <source>L2 weight decay λ:</source>
        <translation>L2 Weight decay λ:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="148"/>
        <source>L1 weight decay λ:</source>
        <translation>L1 Weight decay λ:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="151"/>
        <source>after each hidden Affine</source>
        <translation>隠れ層の各 Affine の後</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="152"/>
        <source>Add a hidden layer</source>
        <translation>隠れ層を追加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="153"/>
        <source>Remove the last hidden layer</source>
        <translation>最後の隠れ層を削除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="154"/>
        <source>Standard deviation of the initial weights (used with &apos;std&apos;)</source>
        <translation>重みの初期値の標準偏差(&apos;std&apos; のとき使用)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="155"/>
        <source>std: Gaussian with the given σ; Xavier: σ = 1/√n; He: σ = √(2/n)</source>
        <translation>std: 指定した σ のガウス分布、Xavier: σ = 1/√n、He: σ = √(2/n)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="156"/>
        <source>Optimizer:</source>
        <translation>最適化手法:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="156"/>
        <source>Learning rate:</source>
        <translation>学習率:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="156"/>
        <source>Batch size:</source>
        <translation>バッチサイズ:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="157"/>
        <source>Iterations:</source>
        <translation>イテレーション数:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="157"/>
        <source>Random seed:</source>
        <translation>乱数シード:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="157"/>
        <source>Mini-batches:</source>
        <translation>ミニバッチ:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="160"/>
        <source>random, with replacement (book)</source>
        <translation>ランダム、重複あり(本と同じ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="161"/>
        <source>shuffle once per epoch</source>
        <translation>エポックごとにシャッフル</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="162"/>
        <source>A number greater than 0, e.g. 0.1 or 1e-3</source>
        <translation>0 より大きい数(例: 0.1 や 1e-3)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="181"/>
        <source>Neurons in this hidden layer</source>
        <translation>この隠れ層のニューロン数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="280"/>
        <source>%1 inputs → %2 classes</source>
        <translation>入力 %1 → クラス %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="307"/>
        <source>The learning rate must be a number greater than 0 (for example 0.1).</source>
        <translation>学習率は 0 より大きい数にしてください(例: 0.1)。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hyperparams.py" line="318"/>
        <source>The batch size (%1) is larger than the training set (%2 samples).</source>
        <translation>バッチサイズ(%1)が訓練データ(%2 サンプル)より大きくなっています。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="252"/>
        <source>Two-layer network</source>
        <translation>2層ニューラルネットワークの学習</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="352"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="353"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="354"/>
        <source>Show the loss on a logarithmic axis</source>
        <translation>損失を対数軸で表示</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../ui/model_files.py" line="19"/>
        <source>nnlab model (*.npz);;All files (*)</source>
        <translation>nnlab モデル (*.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/model_files.py" line="24"/>
        <location filename="../../ui/model_files.py" line="41"/>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <location filename="../../ui/model_files.py" line="40"/>
        <source>The model could not be saved to
%1

%2</source>
        <translation>モデルを次の場所に保存できませんでした:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../ui/model_files.py" line="64"/>
        <source>%1 is not a usable nnlab model file.

%2</source>
        <translation>%1 は使える nnlab モデルファイルではありません。

%2</translation>
    </message>
    <message>
        <location filename="../../ui/model_files.py" line="65"/>
        <location filename="../../ui/model_files.py" line="79"/>
        <location filename="../../ui/model_files.py" line="87"/>
        <source>Load model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <location filename="../../ui/model_files.py" line="74"/>
        <source>The model in %1 is a large network (%2) with %3 parameters, about %4 of memory. Loading it may take a while and slow this computer down.

Load it anyway?</source>
        <translation>%1 のモデルは大きなネットワーク（%2）で、パラメータが %3 個あり、メモリを約 %4 使います。読み込みには時間がかかり、このコンピュータの動作が遅くなることがあります。

それでも読み込みますか？</translation>
    </message>
</context>
<context>
    <name>PlaygroundFiles</name>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="46"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="47"/>
        <source>Save model…</source>
        <translation>モデルを保存…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="47"/>
        <source>Load model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="48"/>
        <source>Export loss plot (PNG/SVG)…</source>
        <translation>損失グラフを書き出す(PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="49"/>
        <source>Export accuracy plot (PNG/SVG)…</source>
        <translation>認識精度グラフを書き出す(PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="50"/>
        <source>Export experiment as Python script…</source>
        <translation>実験を Python スクリプトとして書き出す…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="51"/>
        <source>Export experiment as Jupyter notebook…</source>
        <translation>実験を Jupyter ノートブックとして書き出す…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="76"/>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="77"/>
        <source>Train or load a network first.</source>
        <translation>先にネットワークを学習するか、開いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="91"/>
        <source>Load model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="92"/>
        <source>This model expects %1 inputs and %2 classes, but the data set %3 has %4 inputs and %5 classes. Choose a matching data set first.</source>
        <translation>このモデルは入力 %1、クラス %2 ですが、データセット %3 は入力 %4、クラス %5 です。先に合うデータセットを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="112"/>
        <location filename="../../ui/widgets/playground_files.py" line="120"/>
        <location filename="../../ui/widgets/playground_files.py" line="154"/>
        <source>Export experiment</source>
        <translation>実験を書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="113"/>
        <source>Python script (*.py)</source>
        <translation>Python スクリプト (*.py)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="122"/>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter ノートブック (*.ipynb)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="137"/>
        <source>Script written to %1 (its data: %2). Run it with: python %1</source>
        <translation>スクリプトを %1 に書き出しました(データは %2)。実行方法: python %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="143"/>
        <source>Notebook written to %1 (its data: %2). Open it in Jupyter and run the cells in order.</source>
        <translation>ノートブックを %1 に書き出しました(データは %2)。Jupyter で開き、セルを上から順に実行してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground_files.py" line="155"/>
        <source>The file could not be written:
%1</source>
        <translation>ファイルを書き込めませんでした:
%1</translation>
    </message>
</context>
<context>
    <name>TrainingPlayground</name>
    <message>
        <location filename="../../ui/widgets/playground.py" line="108"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="109"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="109"/>
        <source>Step</source>
        <translation>1ステップ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="109"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="110"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="113"/>
        <source>Train a new network with these settings</source>
        <translation>この設定で新しいネットワークを学習</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="114"/>
        <source>Run exactly one iteration (one mini-batch), then pause</source>
        <translation>ちょうど 1 イテレーション(ミニバッチ 1 つ)だけ進めて一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="115"/>
        <source>End this run; the network keeps what it learned so far</source>
        <translation>この実行を終了(ネットワークはそこまでの学習結果を保持)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="117"/>
        <source>Clear the curves and the trained network (the Saved runs tab keeps every run)</source>
        <translation>曲線と学習済みネットワークを消去します（実行はすべて「保存した実行」タブに残ります）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="119"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="119"/>
        <source>Layer details</source>
        <translation>層の詳細</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="119"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="230"/>
        <source>Cannot start: %1</source>
        <translation>開始できません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="263"/>
        <source>Choose a data set first.</source>
        <translation>先にデータセットを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="345"/>
        <source>Training stopped because of an error: %1</source>
        <translation>エラーのため学習が止まりました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="423"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="423"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/playground.py" line="433"/>
        <source>Ready. Press Start to train.</source>
        <translation>準備完了。「開始」で学習します。</translation>
    </message>
</context>
<context>
    <name>TwoLayerNetLesson</name>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="180"/>
        <source>diverged (loss NaN/∞) at iteration %1</source>
        <translation>イテレーション %1 で発散(損失が NaN/∞)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="183"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="185"/>
        <source>did not learn: steps too large</source>
        <translation>学習せず: 更新が大きすぎる</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="186"/>
        <source>learns slowly</source>
        <translation>学習が遅い</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="186"/>
        <source>learned</source>
        <translation>学習できた</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="187"/>
        <source>too short to judge</source>
        <translation>短すぎて判断できない</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="187"/>
        <source>learned a little</source>
        <translation>少しだけ学習</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="190"/>
        <source>stopped early; %1</source>
        <translation>途中で停止、%1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="223"/>
        <source>Experiments:</source>
        <translation>実験:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="224"/>
        <source>Book: 784-50-10, lr 0.1, 10,000 it.</source>
        <translation>本の設定: 784-50-10、学習率 0.1、10,000 回</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="226"/>
        <source>ReLU, initial weights σ = 0.01, SGD lr 0.1, batch 100, 10,000 iterations. Press Start to train.</source>
        <translation>ReLU、重みの初期値 σ = 0.01、SGD 学習率 0.1、バッチ 100、10,000 イテレーション。「開始」で学習します。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="227"/>
        <source>Hidden 40, 1,000 it.</source>
        <translation>隠れ層 40、1,000 回</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="229"/>
        <source>The seeds&apos; shorter variant: 40 hidden neurons and 1,000 iterations. Press Start to train.</source>
        <translation>短い変更版: 隠れニューロン 40 個、1,000 イテレーション。「開始」で学習します。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="230"/>
        <source>Learning rates 0.01 / 0.1 / 1 / 10</source>
        <translation>学習率 0.01 / 0.1 / 1 / 10</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="232"/>
        <source>Four SGD runs of 1,000 iterations with the network above, one per learning rate, overlaid in the plots</source>
        <translation>上のネットワークで、学習率ごとに 1,000 イテレーションの SGD を 4 回実行し、グラフに重ねて表示します</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="235"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="235"/>
        <source>Iterations</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="235"/>
        <source>Final loss</source>
        <translation>最終損失</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="235"/>
        <source>Test accuracy</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/two_layer_net.py" line="236"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>_RunPlot</name>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="166"/>
        <source>Remove run</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="167"/>
        <source>Remove the run chosen in the list from the plot</source>
        <translation>一覧で選んだ実行をグラフから削除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="168"/>
        <source>Clear runs</source>
        <translation>実行をすべて消去</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="169"/>
        <source>Remove all earlier runs kept for comparison</source>
        <translation>比較用に残した以前の実行をすべて削除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="170"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="171"/>
        <source>Save the plot as a PNG or SVG file</source>
        <translation>グラフを PNG または SVG ファイルとして保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="172"/>
        <source>iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="300"/>
        <source>nnlab plot</source>
        <translation>nnlab グラフ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="326"/>
        <location filename="../../ui/widgets/loss_plot.py" line="333"/>
        <source>Export plot</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="326"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/loss_plot.py" line="334"/>
        <source>Could not write the file:
%1</source>
        <translation>ファイルを書き込めませんでした:
%1</translation>
    </message>
</context>
</TS>
